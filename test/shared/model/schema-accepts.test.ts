import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeRecordSets,
  serializeSharedFile,
  tombstoneOf,
  validateRecord,
} from '@coaching-notes/shared';
// eslint-disable-next-line no-restricted-imports -- white-box test of an internal module
import { acceptsRecord } from '../../../shared/src/model/schema-accepts';
import * as limits from '@coaching-notes/shared';
import { threeStates } from '../exchange/sim';
import { world } from '../store/factory';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const fileLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => JSON.parse(line) as Json);

/** Valid records of every type: the sample file, a small world, and anchors and cadences. */
function validRecords(): Json[] {
  const sample = readFileSync(
    new URL('../../../shared/examples/team.coaching.jsonl', import.meta.url),
    'utf8',
  );
  const w = world();
  const made = [
    ...Object.values(w),
    tombstoneOf(w.observation, { actor: 'anna', now: new Date('2026-02-01T00:00:00.000Z') }),
    {
      ...w.observation,
      anchor: {
        kind: 'code' as const,
        file: 'src/app.ts',
        range: { startLine: 1, startCharacter: 0, endLine: 3, endCharacter: 4 },
        fingerprint: 'abc',
        detached: true,
      },
    },
    { ...w.observation, anchor: { kind: 'page' as const, url: 'https://x.test/' } },
    { ...w.track, cadence: { kind: 'custom' as const, everyDays: 10 } },
    { ...w.track, cadence: { kind: 'weekly' as const } },
    {
      type: 'response',
      id: '0192f000-0000-7000-8000-0000000000f1',
      kind: 'reply',
      subjectType: 'observation',
      subjectId: w.observation.id,
      sessionId: w.session.id,
      coacheeIds: [w.coachee.id],
      text: 'Dank je, herkenbaar.',
      authorId: w.coachee.id,
      createdAt: w.observation.createdAt,
      updatedAt: w.observation.createdAt,
      rev: { bram: 1 },
    },
    {
      type: 'selfAssessment',
      id: '0192f000-0000-7000-8000-0000000000f2',
      sessionId: w.session.id,
      coacheeId: w.coachee.id,
      ratings: { [w.goal.id]: 4 },
      experience: 'Spannend, maar het ging goed.',
      createdAt: w.observation.createdAt,
      updatedAt: w.observation.createdAt,
      rev: { bram: 1 },
    },
  ];
  return [...fileLines(sample), ...(JSON.parse(JSON.stringify(made)) as Json[])];
}

const VALID = validRecords();
/** Lengths around every limit, so that "at most" and "one more" are both tried. */
const LENGTHS = Object.values(limits)
  .filter((n): n is number => typeof n === 'number' && n < 10_000)
  .flatMap((n) => [n, n + 1]);
const FIELD_NAMES = [
  ...new Set(VALID.flatMap((r) => Object.keys(r as object))),
  '__proto__',
  'constructor',
  'prototype',
  'extra',
];

/** Every path to a value inside `value` ([] is the record itself). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner =
    value === null || typeof value !== 'object'
      ? []
      : Array.isArray(value)
        ? value.flatMap((item, i) => paths(item, [...at, i]))
        : Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]));
  return [at, ...inner];
}

type Mutation =
  | { kind: 'replace'; value: Json }
  | { kind: 'remove' }
  | { kind: 'add'; name: string; value: Json }
  | { kind: 'resize'; length: number }
  | { kind: 'number'; value: number }
  | { kind: 'day'; value: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('remove' as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string()),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('resize' as const), length: fc.constantFrom(...LENGTHS) }),
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.oneof(
      fc.constantFrom(-1, 0, 1, 0.5, 5, 6, 2 ** 53, -0),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
  }),
  fc.record({
    kind: fc.constant('day' as const),
    value: fc.constantFrom(
      '2026-02-30',
      '9999-12-31',
      '0999-12-31',
      '2026-13-01',
      '2026-10-01T24:00:00.000Z',
      '2026-02-29T10:00:00.000Z',
      '2028-02-29T10:00:00.000Z',
      '2026-10-01',
    ),
  }),
);

/** A deep copy of `record` with one change at `path`; whether it put an array in place. */
function mutate(record: Json, path: (string | number)[], mutation: Mutation) {
  const copy = structuredClone(record);
  if (path.length === 0 && mutation.kind !== 'add') return { value: copy, array: false };
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k]!, copy);
  const container = (path.length === 0 ? copy : parent) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const target = path.length === 0 ? copy : container[key]!;
  let array = false;
  switch (mutation.kind) {
    case 'replace':
      container[key] = mutation.value;
      array = Array.isArray(mutation.value);
      break;
    case 'remove':
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
      break;
    case 'add':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        // defineProperty, as JSON.parse does: a `__proto__` key becomes an own field.
        Object.defineProperty(target, mutation.name, {
          value: mutation.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        array = Array.isArray(mutation.value);
      }
      break;
    case 'resize':
      if (typeof target === 'string') container[key] = 'é'.repeat(mutation.length);
      else if (Array.isArray(target) && target.length > 0) {
        container[key] = Array.from({ length: mutation.length }, () => target[0]!);
      }
      break;
    case 'number':
      container[key] = mutation.value;
      break;
    case 'day':
      container[key] = mutation.value;
      break;
  }
  return { value: copy, array };
}

describe('acceptsRecord: the compiled check agrees with validateRecord', () => {
  it('accepts every valid record of every type that validateRecord accepts', () => {
    const types = new Set<string>();
    for (const record of VALID) {
      expect(validateRecord(record).ok).toBe(true);
      expect(acceptsRecord(record), JSON.stringify(record)).toBe(true);
      types.add(
        `${(record as { type: string }).type}${'deleted' in (record as object) ? '-' : ''}`,
      );
    }
    // The sample and the world hold each record type, live and deleted.
    expect(types.size).toBeGreaterThanOrEqual(9);
    expect(types).toContain('response');
    expect(types).toContain('selfAssessment');
  });

  it('accepts merged records with conflict versions exactly when validateRecord does (fast-check)', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        for (const line of fileLines(serializeSharedFile(mergeRecordSets([a, b, c])))) {
          expect(acceptsRecord(line)).toBe(validateRecord(line).ok);
          expect(acceptsRecord(line)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives validateRecord’s verdict on records changed in one place, nested fields included (fast-check)', () => {
    const cases = fc
      .nat({ max: VALID.length - 1 })
      .chain((n) =>
        fc.tuple(fc.constant(VALID[n]!), fc.constantFrom(...paths(VALID[n]!)), mutationArb),
      );
    let refused = 0;
    fc.assert(
      fc.property(cases, ([record, path, mutation]) => {
        const { value, array } = mutate(record, path, mutation);
        const valid = validateRecord(value).ok;
        if (!valid) refused++;
        // Never a yes that validateRecord would not give.
        if (acceptsRecord(value)) expect(valid).toBe(true);
        // valibot takes an array where an object is wanted (to it an array is an object);
        // the compiled check leaves that to validateRecord. Everything else agrees.
        else if (!array) expect(valid).toBe(false);
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(500);
  });

  it('refuses what validateRecord refuses before its schema: prototype keys, non-plain objects, Infinity', () => {
    const note = VALID.find((r) => (r as { type: string }).type === 'observation') as Record<
      string,
      Json
    >;
    const withProto = JSON.parse(
      JSON.stringify(note).replace('"rev":{', '"rev":{"__proto__":1,'),
    ) as unknown;
    const withConstructor = { ...note, rev: { ...(note['rev'] as object), constructor: 1 } };
    const classy = Object.assign(Object.create({ inherited: true }) as object, note);
    const infinite = { ...note, offsetMs: Infinity };
    for (const bad of [withProto, withConstructor, classy, infinite]) {
      expect(validateRecord(bad).ok).toBe(false);
      expect(acceptsRecord(bad)).toBe(false);
    }
  });
});
