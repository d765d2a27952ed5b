import { compareRevisions, joinRevisions } from '../model/revision';
import type { ConflictVersion, Revision, StoredRecord } from '../model/types';
import { jsonEqual } from './canonical';
import { compareRecordOrder, isInFileOrder, recordKey } from './format';
import {
  compareValues,
  isCanonical,
  makeValue,
  normalise,
  sameContent,
  sameValue,
  valuesOf,
  type Value,
} from './versions';

/**
 * The merge of two versions of one record (a multi-value register over version vectors).
 *
 * A stored record stands for a set of concurrent values and the revision `rev` that has seen
 * them all (see `versions.ts` for how the file encodes each value's own revision).
 *
 * - One revision descends from the other: the descendant is kept as it is.
 * - Otherwise each side keeps the values the other side has too, plus those the other side
 *   has not seen; a value the other side has seen but no longer holds was replaced there.
 *   The revision becomes the join. The winner shown is the value with the later `updatedAt`
 *   (then the greater canonical JSON); all values are listed in `conflicts`.
 * - A tombstone is a value like any other, so it removes only what it has seen. A tombstone
 *   concurrent with an edit loses: the edit is kept, the deletion is reported
 *   (`MergeReport.deletionsOverridden`) and its revision is absorbed, so that it does not
 *   come back.
 *
 * Commutative, associative and idempotent on every state that edits and merges produce
 * (property tests in test/shared/exchange/merge.laws.test.ts).
 */
export function mergeRecord(a: StoredRecord, b: StoredRecord, report?: MergeReport): StoredRecord {
  if (a === b) return a;
  const order = compareRevisions(a.rev, b.rev);
  if (order === 'after') return a;
  if (order === 'before') return b;
  if (order === 'equal' && jsonEqual(a, b)) return a;
  return unite(a, b, report);
}

/** What a merge did that a person may want to know about. */
export interface MergeReport {
  /** Records (type/id) that now carry conflicting versions. */
  conflicted: Set<string>;
  /** Records (type/id) whose concurrent deletion lost against an edit. */
  deletionsOverridden: Set<string>;
}

export function newMergeReport(): MergeReport {
  return { conflicted: new Set(), deletionsOverridden: new Set() };
}

/** Every record of every input, merged per type and id, in file order. */
export function mergeRecordSets(
  sets: Iterable<Iterable<StoredRecord>>,
  report?: MergeReport,
): StoredRecord[] {
  const lists = [...sets].map((set) => (Array.isArray(set) ? (set as StoredRecord[]) : [...set]));
  // Files and exports are in file order already: then one walk along them merges without a
  // map of every id (hashing 100k ids costs more than the merge itself). The same records
  // meet in the same order, so the result and the report are the map's.
  if (lists.every(isInFileOrder)) {
    return lists.reduce<StoredRecord[]>((merged, list) => mergeInOrder(merged, list, report), []);
  }
  const merged = [...byRecordKey(lists, report).values()];
  return isInFileOrder(merged) ? merged : merged.sort(compareRecordOrder);
}

/** Two lists in file order merged into a new one in file order. */
function mergeInOrder(
  a: readonly StoredRecord[],
  b: readonly StoredRecord[],
  report?: MergeReport,
): StoredRecord[] {
  const out: StoredRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const order = compareRecordOrder(a[i]!, b[j]!);
    if (order < 0) out.push(a[i++]!);
    else if (order > 0) out.push(b[j++]!);
    else out.push(mergeRecord(a[i++]!, b[j++]!, report));
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * The three-way merge git asks for (`merge-driver %O %A %B`): per type and id, what changed
 * since the common ancestor. A side that left a record as the ancestor had it takes the
 * other side's version, its absence included, so a cherry-pick brings only the picked
 * commit's notes, a revert takes out the note its commit added, and a commit dropped in a
 * rebase stays dropped. Records both sides changed are merged by version vectors
 * (`mergeRecord`); a record one side removed and the other changed is kept: a note is never
 * lost to a line that went away.
 */
export function mergeThreeWay(
  ancestor: Iterable<StoredRecord>,
  ours: Iterable<StoredRecord>,
  theirs: Iterable<StoredRecord>,
  report?: MergeReport,
): StoredRecord[] {
  // Keyed by type and id in all three, so that the same record meets itself.
  const keyed = (records: Iterable<StoredRecord>) =>
    new Map([...byRecordKey([records]).values()].map((r) => [recordKey(r), r]));
  const base = keyed(ancestor);
  const mine = keyed(ours);
  const other = keyed(theirs);
  const merged: StoredRecord[] = [];
  for (const key of new Set([...mine.keys(), ...other.keys()])) {
    const original = base.get(key);
    const a = mine.get(key);
    const b = other.get(key);
    const unchanged = (side: StoredRecord) => original !== undefined && jsonEqual(side, original);
    if (!a || !b) {
      const present = (a ?? b)!;
      if (!unchanged(present)) merged.push(present);
    } else if (unchanged(a)) merged.push(b);
    else if (unchanged(b)) merged.push(a);
    else merged.push(mergeRecord(a, b, report));
  }
  return merged.sort(compareRecordOrder);
}

function byRecordKey(
  sets: Iterable<Iterable<StoredRecord>>,
  report?: MergeReport,
): Map<string, StoredRecord> {
  // Keyed by id, the type added only when an id is reused across types: building a
  // `type/id` string for each of 100k records costs more than the merge of equal ones.
  const map = new Map<string, StoredRecord>();
  for (const set of sets) {
    for (const record of set) {
      const byId = map.get(record.id);
      const key = byId === undefined || byId.type === record.type ? record.id : recordKey(record);
      const seen = key === record.id ? byId : map.get(key);
      map.set(key, seen ? mergeRecord(seen, record, report) : record);
    }
  }
  return map;
}

function seenBy(rev: Revision, context: Revision): boolean {
  const order = compareRevisions(rev, context);
  return order === 'before' || order === 'equal';
}

/** Values of `mine` that `other` holds too or has not seen. */
function survivors(mine: Value[], other: Value[], otherRev: Revision): Value[] {
  return mine.filter((v) => other.some((o) => sameValue(o, v)) || !seenBy(v.rev, otherRev));
}

function unite(a: StoredRecord, b: StoredRecord, report?: MergeReport): StoredRecord {
  const va = valuesOf(a);
  const vb = valuesOf(b);
  let kept = [...survivors(va, vb, b.rev), ...survivors(vb, va, a.rev)];
  // Only a hand-made file can make both sides drop everything; keep all rather than nothing.
  if (kept.length === 0) kept = [...va, ...vb];
  const merged = normalise(
    { type: a.type, id: a.id, createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt },
    joinRevisions(a.rev, b.rev),
    kept,
  );
  if (report) {
    const key = recordKey(a);
    if (kept.some((v) => v.deleted) && !('deleted' in merged)) report.deletionsOverridden.add(key);
    if (hasAlternatives(kept)) report.conflicted.add(key);
  }
  return merged;
}

/**
 * Whether the record `normalise` makes of `values` has `conflictAlternatives`: a live value
 * whose content differs from the winner's (the shown content). Read from the values the merge
 * holds anyway, rather than re-deriving every value from the record written.
 */
function hasAlternatives(values: readonly Value[]): boolean {
  let winner: Value | undefined;
  for (const value of values) {
    if (!value.deleted && (!winner || compareValues(value, winner) < 0)) winner = value;
  }
  return values.some((v) => !v.deleted && !sameContent(v, winner!));
}

/**
 * The record in its canonical encoding (conflict list sorted, de-duplicated, minimal). Merge
 * results already are; this is for records edited by hand or by other tools before writing.
 */
export function canonicalRecord(record: StoredRecord): StoredRecord {
  if (!('conflicts' in record) || record.conflicts === undefined || isCanonical(record)) {
    return record;
  }
  return normalise(record, record.rev, valuesOf(record));
}

/**
 * The versions a person should choose between: the conflict versions whose content differs
 * from the record's current content. Empty when there is nothing to resolve. To resolve,
 * edit the record and drop `conflicts` (the edit's revision descends from all of them).
 */
export function conflictAlternatives(record: StoredRecord): ConflictVersion[] {
  if (!('conflicts' in record) || !record.conflicts) return [];
  const current = valuesOf({ ...record, conflicts: undefined } as StoredRecord)[0]!;
  return record.conflicts.filter(
    (version) =>
      !sameContent(makeValue(version.rev, version.updatedAt, false, version.fields), current),
  );
}

/**
 * Every live version a record holds, each with its own revision: the current content and the
 * open conflict versions. A tombstone holds none.
 */
export function versionsOf(record: StoredRecord): ConflictVersion[] {
  return valuesOf(record)
    .filter((v) => !v.deleted)
    .map((v) => ({ rev: v.rev, updatedAt: v.updatedAt, fields: v.fields }));
}
