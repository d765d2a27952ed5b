import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  compareRevisions,
  isTombstone,
  mergeRecordSets,
  type StoredRecord,
} from '@coaching-notes/shared';
import { threeStates } from './sim';

const merge = (...sets: StoredRecord[][]) => mergeRecordSets(sets);
function same(a: StoredRecord[], b: StoredRecord[]): void {
  expect(canonicalJson(a)).toBe(canonicalJson(b));
}

/** Every text a stored record holds: its own and its conflict versions'. */
function texts(record: StoredRecord): string[] {
  if (isTombstone(record)) return [];
  const own = 'text' in record ? [record.text] : [];
  return [...own, ...(record.conflicts ?? []).map((c) => String(c.fields['text']))];
}

describe('merge laws on reachable states (fast-check)', () => {
  const runs = { numRuns: 400 };

  it('is commutative', () => {
    fc.assert(
      fc.property(threeStates, ([a, b]) => {
        same(merge(a, b), merge(b, a));
      }),
      runs,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        same(merge(merge(a, b), c), merge(a, merge(b, c)));
      }),
      runs,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(threeStates, ([a, b]) => {
        const ab = merge(a, b);
        same(merge(ab, ab), ab);
        same(merge(ab, a), ab);
      }),
      runs,
    );
  });

  it('keeps every id of every input', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        const ids = new Set(merge(a, b, c).map((r) => r.id));
        for (const record of [...a, ...b, ...c]) expect(ids.has(record.id)).toBe(true);
      }),
      runs,
    );
  });

  it('loses no text unless a descendant replaced it', () => {
    fc.assert(
      fc.property(threeStates, (inputs) => {
        const out = new Map(merge(...inputs).map((r) => [r.id, texts(r)]));
        const all = inputs.flat();
        for (const record of all) {
          const replaced = all.some(
            (other) =>
              other.id === record.id && compareRevisions(other.rev, record.rev) === 'after',
          );
          if (replaced) continue;
          for (const text of texts(record)) expect(out.get(record.id)).toContain(text);
        }
      }),
      runs,
    );
  });

  it('writes conflict lists in canonical order without duplicates', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        for (const record of merge(a, b, c)) {
          if (isTombstone(record) || !record.conflicts) continue;
          const keys = record.conflicts.map((v) => canonicalJson(v));
          expect(new Set(keys).size).toBe(keys.length);
          expect(record.conflicts.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });
});
