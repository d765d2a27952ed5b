import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  canonicalRecord,
  compareRecordOrder,
  compareRevisions,
  conflictAlternatives,
  isInFileOrder,
  isTombstone,
  mergeRecord,
  mergeRecordSets,
  newMergeReport,
  recordKey,
  versionsOf,
  type ConflictVersion,
  type StoredRecord,
} from '@coaching-notes/shared';
import { threeStates } from './sim';

const merge = (...sets: StoredRecord[][]) => mergeRecordSets(sets);
/**
 * Equal, except for the deletion time of a tombstone: when a deletion concurrent with an edit
 * was absorbed (the edit won) and that edit was later deleted by someone else, which deletion
 * time the final tombstone shows depends on the merge order. Revision and content converge;
 * the next merge of the two results picks the later time (docs/shared-file.md).
 */
function same(a: StoredRecord[], b: StoredRecord[]): void {
  const mask = (records: StoredRecord[]) =>
    canonicalJson(records.map((r) => (isTombstone(r) ? { ...r, updatedAt: '' } : r)));
  expect(mask(a)).toBe(mask(b));
}

/** Every text a stored record holds: its current one and its open conflict versions'. */
function texts(record: StoredRecord): string[] {
  return versionsOf(record).map((v) => String(v.fields['text']));
}

/** Whether `state` has seen this version (its revision descends) but no longer holds it. */
function replaced(state: StoredRecord, version: ConflictVersion): boolean {
  const order = compareRevisions(version.rev, state.rev);
  const holds = versionsOf(state).some((v) => canonicalJson(v) === canonicalJson(version));
  return (order === 'before' || order === 'equal') && !holds;
}

describe('merge laws on reachable states (fast-check)', () => {
  const runs = { numRuns: Number(process.env['FC_RUNS'] ?? 300) };

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
          for (const version of versionsOf(record)) {
            if (all.some((other) => other.id === record.id && replaced(other, version))) continue;
            expect(out.get(record.id)).toContain(String(version.fields['text']));
          }
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
          const canonical = canonicalRecord(record);
          const keys = (canonical as { conflicts?: unknown[] }).conflicts?.map(canonicalJson) ?? [];
          expect(new Set(keys).size).toBe(keys.length);
          expect(canonicalJson(canonicalRecord(canonical))).toBe(canonicalJson(canonical));
          const versions = (r: StoredRecord) => versionsOf(r).map(canonicalJson).sort();
          expect(versions(canonical)).toEqual(versions(record));
        }
      }),
      runs,
    );
  });

  it('merges sets in file order by walking them exactly as the map of ids does, report included', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        const walked = newMergeReport();
        const mapped = newMergeReport();
        const sorted = [a, b, c].map((set) => [...set].sort(compareRecordOrder));
        // Reversed sets are out of file order: they take the map of ids.
        const reversed = sorted.map((set) => [...set].reverse());
        expect(reversed.some((set) => !isInFileOrder(set))).toBe(true);
        expect(mergeRecordSets(sorted, walked)).toEqual(mergeRecordSets(reversed, mapped));
        expect(walked).toEqual(mapped);
      }),
      runs,
    );
  });

  it('reports a concurrent merge as conflicted exactly when the result has versions to choose between', () => {
    fc.assert(
      fc.property(threeStates, ([a, b]) => {
        for (const x of a) {
          const y = b.find((r) => r.id === x.id);
          if (!y || compareRevisions(x.rev, y.rev) !== 'concurrent') continue;
          const report = newMergeReport();
          const merged = mergeRecord(x, y, report);
          expect(report.conflicted.has(recordKey(x))).toBe(conflictAlternatives(merged).length > 0);
        }
      }),
      runs,
    );
  });
});
