import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecordSets, serializeSharedFile, validateRecord } from '@coaching-notes/shared';
import { threeStates } from './sim';

/** Ajv (draft-07 is its default dialect), a root devDependency. */
const Ajv = createRequire(import.meta.url)('ajv') as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null };
};
const schema = JSON.parse(
  readFileSync(
    new URL('../../../shared/schema/coaching-record.schema.json', import.meta.url),
    'utf8',
  ),
) as object;
const check = new Ajv({ allErrors: true }).compile(schema);
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('JSON Schema of the records (shared/schema)', () => {
  it('accepts every line of the sample file', () => {
    const sample = readFileSync(
      new URL('../../../shared/examples/team.coaching.jsonl', import.meta.url),
      'utf8',
    );
    for (const line of lines(sample)) expect(check(line), JSON.stringify(check.errors)).toBe(true);
  });

  it('agrees with validateRecord on generated records (fast-check)', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        for (const line of lines(serializeSharedFile(mergeRecordSets([a, b, c]))).slice(1)) {
          expect(check(line)).toBe(true);
          expect(validateRecord(line).ok).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses what validateRecord refuses in the hostile set', () => {
    for (const name of ['wrong-types', 'overlong-text', 'unknown-field']) {
      const text = readFileSync(
        new URL(`./hostile/${name}.coaching.jsonl`, import.meta.url),
        'utf8',
      );
      const bad = lines(text).at(-1);
      expect(validateRecord(bad).ok).toBe(false);
      expect(check(bad)).toBe(false);
    }
  });
});
