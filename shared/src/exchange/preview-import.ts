import { mergeRecord, mergeRecordSets, newMergeReport, recordKey } from '.';
import { compareRevisions, isTombstone } from '../model/revision';
import { mergePersonInto, namesakes } from '../model/person';
import type { ChangeContext, Id, Person, RecordType, StoredRecord } from '../model/types';
import type { Store } from '../store/port';

export type ImportOutcome = 'new' | 'updated' | 'unchanged' | 'kept' | 'conflict' | 'deleted';

export interface ImportEntry {
  outcome: ImportOutcome;
  incoming: StoredRecord;
  /** What the store will hold after the import (the merge of both versions). */
  merged: StoredRecord;
}

export interface ImportPreview {
  entries: ImportEntry[];
  /** Per outcome, per record type. */
  counts: Record<ImportOutcome, Partial<Record<RecordType, number>>>;
  /** The records to write: every entry whose merged version differs from the store. */
  writes: StoredRecord[];
  /** New people with the name of someone already here: the user says whether they are the same. */
  namesakes: { incoming: Person; existing: Person[] }[];
}

/**
 * What importing these records will change, before anything is written: each incoming record
 * is merged with the stored one by the shared file's merge (newer revision wins, concurrent
 * edits keep both texts as a conflict, a tombstone wins only over versions it has seen).
 */
export async function previewImport(
  store: Store,
  incoming: readonly StoredRecord[],
): Promise<ImportPreview> {
  const counts: ImportPreview['counts'] = {
    new: {},
    updated: {},
    unchanged: {},
    kept: {},
    conflict: {},
    deleted: {},
  };
  const entries: ImportEntry[] = [];
  const writes: StoredRecord[] = [];
  // A file may hold one record twice (two merged exports): merge those first.
  for (const record of mergeRecordSets([incoming])) {
    const stored = await store.getStored(record.type, record.id);
    const entry = classify(stored, record);
    entries.push(entry);
    counts[entry.outcome][record.type] = (counts[entry.outcome][record.type] ?? 0) + 1;
    if (entry.outcome !== 'unchanged' && entry.outcome !== 'kept') writes.push(entry.merged);
  }
  const newPeople = entries.flatMap((e) =>
    e.outcome === 'new' && e.merged.type === 'person' && !isTombstone(e.merged)
      ? [e.merged as Person]
      : [],
  );
  const here = newPeople.length > 0 ? await store.list({ type: 'person' }) : [];
  return { entries, counts, writes, namesakes: namesakes(newPeople, here) };
}

/**
 * The writes of `preview` plus, for each namesake the user called the same person
 * (`sameAs`: incoming id → id of the person here), that person here with the incoming one as an
 * alias. The incoming record is still imported: both ids stay, linked.
 */
export function importWrites(
  preview: ImportPreview,
  sameAs: ReadonlyMap<Id, Id>,
  ctx: ChangeContext,
): StoredRecord[] {
  const merged = new Map<Id, Person>();
  for (const { incoming, existing } of preview.namesakes) {
    const target = existing.find((p) => p.id === sameAs.get(incoming.id));
    if (!target) continue;
    merged.set(target.id, mergePersonInto(merged.get(target.id) ?? target, incoming, ctx));
  }
  return [...preview.writes, ...merged.values()];
}

function classify(stored: StoredRecord | undefined, incoming: StoredRecord): ImportEntry {
  if (!stored) return { outcome: 'new', incoming, merged: incoming };
  const report = newMergeReport();
  const merged = mergeRecord(stored, incoming, report);
  const order = compareRevisions(stored.rev, incoming.rev);
  if (report.conflicted.has(recordKey(incoming))) return { outcome: 'conflict', incoming, merged };
  if (order === 'equal' || order === 'after')
    return { outcome: order === 'equal' ? 'unchanged' : 'kept', incoming, merged };
  return { outcome: isTombstone(merged) ? 'deleted' : 'updated', incoming, merged };
}
