import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../../shared/schema/generate';
import {
  MAX_CADENCE_DAYS,
  MAX_NAME_LENGTH,
  MAX_OBSERVATION_LENGTH,
  MAX_PLANNED_CONVERSATIONS,
  validateRecord,
} from '@coaching-notes/shared';
import { world } from '../store/factory';

const committed = JSON.parse(
  readFileSync(
    new URL('../../../shared/schema/coaching-record.schema.json', import.meta.url),
    'utf8',
  ),
) as object;

it('the committed JSON Schema is the one generated from the valibot schema (npm run schema)', () => {
  expect(committed).toEqual(buildJsonSchema());
});

/** Ajv (draft-07 is its default dialect; it counts string length in code points). */
const Ajv = createRequire(import.meta.url)('ajv') as new (options: object) => {
  compile(schema: object): (data: unknown) => boolean;
};
const check = new Ajv({ allErrors: true }).compile(committed);

describe('the JSON Schema says what validateRecord says', () => {
  const w = world();
  const emoji = (n: number) => '🙂'.repeat(n);
  const { id: _id, type: _type, createdAt: _c, updatedAt: _u, rev: _r, ...content } = w.observation;
  const conflict = (fields: object) => ({
    ...w.observation,
    rev: { a: 1, b: 1 },
    conflicts: [
      { rev: { a: 1 }, updatedAt: w.observation.updatedAt, fields: content },
      { rev: { b: 1 }, updatedAt: w.observation.updatedAt, fields: { ...content, ...fields } },
    ],
  });
  const cases: [string, unknown][] = [
    ['a valid observation', w.observation],
    ['a name of the limit in emoji', { ...w.coachee, displayName: emoji(MAX_NAME_LENGTH) }],
    ['a name one over', { ...w.coachee, displayName: emoji(MAX_NAME_LENGTH + 1) }],
    ['note text one over', { ...w.observation, text: 'x'.repeat(MAX_OBSERVATION_LENGTH + 1) }],
    [
      'the longest cadence',
      { ...w.track, cadence: { kind: 'custom', everyDays: MAX_CADENCE_DAYS } },
    ],
    [
      'a cadence one over',
      { ...w.track, cadence: { kind: 'custom', everyDays: MAX_CADENCE_DAYS + 1 } },
    ],
    ['a custom cadence without days', { ...w.track, cadence: { kind: 'custom' } }],
    [
      'planned conversations one over',
      { ...w.track, plannedConversations: MAX_PLANNED_CONVERSATIONS + 1 },
    ],
    ['a valid conflict', conflict({ text: 'other wording' })],
    ['a conflict naming another id', conflict({ id: world().observation.id })],
    ['a conflict naming another type', conflict({ type: 'action' })],
    ['a conflict with over-long text', conflict({ text: 'x'.repeat(MAX_OBSERVATION_LENGTH + 1) })],
  ];

  it.each(cases)('%s', (_name, record) => {
    expect(check(record)).toBe(validateRecord(record).ok);
  });
});
