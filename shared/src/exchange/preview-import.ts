import { mergeRecord, mergeRecordSets, newMergeReport, recordKey } from '.';
import { compareRevisions, isTombstone } from '../model/revision';
import { mergePersonInto, namesakes } from '../model/person';
import type { ChangeContext, Id, Person, RecordType, StoredRecord } from '../model/types';
import type { Store } from '../store/port';
import { acceptForeignChange, guardImport, keepMine, type ForeignChange } from './guard';

/**
 * `foreign`: another person deleted, hid or rewrote one of the importing person's records; it
 * waits for their answer (`ForeignDecision`) and is not among the writes.
 */
export type ImportOutcome =
  'new' | 'updated' | 'unchanged' | 'kept' | 'conflict' | 'deleted' | 'foreign';

/** The importing person's answer to one foreign change: take it, or keep their own version. */
export type ForeignDecision = 'accept' | 'keepMine';

export interface ImportEntry {
  outcome: ImportOutcome;
  incoming: StoredRecord;
  /** What the store will hold after the import (the merge of both versions). */
  merged: StoredRecord;
  /** With outcome `foreign`: what changed and who changed it. */
  foreign?: ForeignChange;
}

export interface ImportPreview {
  entries: ImportEntry[];
  /** Per outcome, per record type. */
  counts: Record<ImportOutcome, Partial<Record<RecordType, number>>>;
  /**
   * The records to write: every entry whose merged version differs from the store, except
   * foreign changes to the importing person's records.
   */
  writes: StoredRecord[];
  /** Other people's deletes, hides and edits of the importing person's records (see `guard`). */
  foreign: ForeignChange[];
  /** New people with the name of someone already here: the user says whether they are the same. */
  namesakes: { incoming: Person; existing: Person[] }[];
}

export interface PreviewOptions {
  /**
   * The importing person: another person's delete, hide or edit of their records is listed as
   * `foreign` and waits for their answer instead of being written.
   */
  person?: Id;
}

/**
 * What importing these records will change, before anything is written: each incoming record
 * is merged with the stored one by the shared file's merge (newer revision wins, concurrent
 * edits keep both texts as a conflict, a tombstone wins only over versions it has seen).
 */
export async function previewImport(
  store: Store,
  incoming: readonly StoredRecord[],
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const counts: ImportPreview['counts'] = {
    new: {},
    updated: {},
    unchanged: {},
    kept: {},
    conflict: {},
    deleted: {},
    foreign: {},
  };
  const entries: ImportEntry[] = [];
  const local: StoredRecord[] = [];
  // A file may hold one record twice (two merged exports): merge those first.
  for (const record of mergeRecordSets([incoming])) {
    const stored = await store.getStored(record.type, record.id);
    if (stored) local.push(stored);
    entries.push(classify(stored, record));
  }
  const foreign =
    options.person === undefined
      ? new Map<string, ForeignChange>()
      : await guard(store, entries, local, options.person);
  const writes: StoredRecord[] = [];
  for (const entry of entries) {
    const change = foreign.get(recordKey(entry.merged));
    if (change) {
      entry.outcome = 'foreign';
      entry.foreign = change;
    }
    counts[entry.outcome][entry.merged.type] = (counts[entry.outcome][entry.merged.type] ?? 0) + 1;
    if (entry.outcome !== 'unchanged' && entry.outcome !== 'kept' && entry.outcome !== 'foreign')
      writes.push(entry.merged);
  }
  const newPeople = entries.flatMap((e) =>
    e.outcome === 'new' && e.merged.type === 'person' && !isTombstone(e.merged)
      ? [e.merged as Person]
      : [],
  );
  const here = newPeople.length > 0 ? await store.list({ type: 'person' }) : [];
  return {
    entries,
    counts,
    writes,
    foreign: [...foreign.values()],
    namesakes: namesakes(newPeople, here),
  };
}

/**
 * The foreign changes among the entries, by record key. Who is who comes from the store's
 * people (my own claim is there, not in the file), tracks and the sessions the records belong
 * to (their coaches author records written before authorship), and from the file.
 */
async function guard(
  store: Store,
  entries: readonly ImportEntry[],
  local: readonly StoredRecord[],
  person: Id,
): Promise<Map<string, ForeignChange>> {
  const changed = entries.filter((e) => e.outcome !== 'unchanged' && e.outcome !== 'kept');
  if (changed.length === 0) return new Map();
  const sessionIds = new Set<Id>();
  for (const record of [...changed.map((e) => e.merged), ...local])
    if (!isTombstone(record) && 'sessionId' in record) sessionIds.add(record.sessionId);
  const [people, tracks, sessions] = await Promise.all([
    store.list({ type: 'person' }),
    store.list({ type: 'track' }),
    Promise.all([...sessionIds].map((id) => store.get('session', id))),
  ]);
  const context = [...people, ...tracks, ...sessions.filter((x) => x !== undefined), ...local];
  const { foreign } = guardImport(
    changed.map((e) => e.merged),
    context,
    person,
  );
  return new Map(foreign.map((change) => [recordKey(change.merged), change]));
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
  decisions: ReadonlyMap<string, ForeignDecision> = new Map(),
): StoredRecord[] {
  const merged = new Map<Id, Person>();
  for (const { incoming, existing } of preview.namesakes) {
    const target = existing.find((p) => p.id === sameAs.get(incoming.id));
    if (!target) continue;
    merged.set(target.id, mergePersonInto(merged.get(target.id) ?? target, incoming, ctx));
  }
  // A foreign change without an answer is not written: the next import lists it again.
  const answered = preview.foreign.flatMap((change) => {
    const decision = decisions.get(recordKey(change.merged));
    if (decision === 'accept') return [acceptForeignChange(change)];
    if (decision === 'keepMine') return [keepMine(change, ctx)];
    return [];
  });
  return [...preview.writes, ...merged.values(), ...answered];
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

/**
 * What in `preview` only a person can decide, in the order it is asked: a new person with the
 * name of someone here, another person's change to the importer's records, and — when nobody
 * watches the import (a sync at the end of a session) — concurrent edits, and, without knowing
 * who imports, any change to a record already here (it might be one of theirs).
 */
export function needsDecision(
  preview: ImportPreview,
  options: { unattended?: boolean; person?: Id } = {},
): boolean {
  if (preview.namesakes.length > 0) return true;
  return preview.entries.some(
    (entry) =>
      entry.outcome === 'foreign' ||
      (options.unattended === true &&
        (entry.outcome === 'conflict' ||
          (options.person === undefined &&
            (entry.outcome === 'updated' || entry.outcome === 'deleted')))),
  );
}
