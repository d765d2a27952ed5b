import {
  authorOf,
  authorshipIndex,
  isStatusOnlyChange,
  samePerson,
  type AuthorshipIndex,
} from '../model/authorship';
import { IDENTITY_KEYS, editRecord } from '../model/records';
import { joinRevisions, isTombstone } from '../model/revision';
import type { ChangeContext, CoachingRecord, Id, StoredRecord } from '../model/types';
import { jsonEqual } from './canonical';

/** How another person's change would alter one of my records. */
export type ForeignChangeKind = 'deleted' | 'hidden' | 'edited';

/**
 * An import that would delete, hide or rewrite a record of the importing person, made by
 * somebody else. It is not applied until that person says yes (`acceptForeignChange`) or keeps
 * their own version (`keepMine`).
 */
export interface ForeignChange {
  kind: ForeignChangeKind;
  /** My record as the store has it. */
  mine: CoachingRecord;
  /** What the merge would write. */
  merged: StoredRecord;
  /** The people whose replicas made the change (unclaimed replicas: in `byActors` only). */
  byPersonIds: Id[];
  /** The replicas that changed it, i.e. whose counters the import raises. */
  byActors: string[];
}

const IGNORED: ReadonlySet<string> = new Set([...IDENTITY_KEYS, 'editedBy']);

function contentOf(record: StoredRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !IGNORED.has(key)));
}

/**
 * The change `merged` makes to `mine`, when `mine` is `me`'s record and replicas that are not
 * `me`'s made it; undefined otherwise. A change by an unclaimed replica counts as foreign: a
 * person claims each of their devices, so an unknown one is not known to be theirs.
 */
export function foreignChangeOf(
  mine: StoredRecord,
  merged: StoredRecord,
  me: Id,
  index: AuthorshipIndex,
  local: AuthorshipIndex = index,
): ForeignChange | undefined {
  if (isTombstone(mine) || !samePerson(authorOf(mine, local), me, local)) return undefined;
  const deleted = isTombstone(merged);
  if (!deleted && jsonEqual(contentOf(mine), contentOf(merged))) return undefined;
  const byActors = Object.keys(merged.rev).filter(
    (actor) =>
      (merged.rev[actor] ?? 0) > (mine.rev[actor] ?? 0) &&
      // Only devices my own store knows as mine are me: a file can claim any device for anyone.
      !samePerson(local.personOfActor.get(actor), me, local),
  );
  if (byActors.length === 0) return undefined;
  const byPersonIds = [
    ...new Set(byActors.flatMap((actor) => index.personOfActor.get(actor) ?? [])),
  ];
  // A person's own record is theirs too, whoever created it: they claim their devices on it.
  if (
    !deleted &&
    mine.type === 'person' &&
    !samePerson(mine.id, me, local) &&
    byActors.every((actor) => samePerson(index.personOfActor.get(actor), mine.id, index))
  )
    return undefined;
  // The owner of my action closed, dropped or reopened it: theirs to do (they own the action).
  if (
    !deleted &&
    mine.type === 'action' &&
    isStatusOnlyChange(mine, merged) &&
    byActors.every((actor) => samePerson(index.personOfActor.get(actor), mine.ownerId, index))
  )
    return undefined;
  const hidden =
    !deleted &&
    mine.type === 'observation' &&
    merged.type === 'observation' &&
    mine.visibility === 'shared' &&
    merged.visibility === 'private';
  return {
    kind: deleted ? 'deleted' : hidden ? 'hidden' : 'edited',
    mine,
    merged,
    byPersonIds,
    byActors,
  };
}

/**
 * Split what an import would write into what may go in silently and the foreign changes to
 * my records that need my yes. `local` is the store's records before the import.
 */
export function guardImport(
  writes: readonly StoredRecord[],
  local: Iterable<StoredRecord>,
  me: Id,
): { safe: StoredRecord[]; foreign: ForeignChange[] } {
  const before = new Map<string, StoredRecord>();
  for (const record of local) before.set(`${record.type}/${record.id}`, record);
  // People and their replicas from both sides (the other person's claim comes with the file)
  // name who made a change; whether it was me is known from my own store only.
  const index = authorshipIndex([...before.values(), ...writes]);
  const localIndex = authorshipIndex(before.values());
  const safe: StoredRecord[] = [];
  const foreign: ForeignChange[] = [];
  for (const merged of writes) {
    const mine = before.get(`${merged.type}/${merged.id}`);
    const change = mine && foreignChangeOf(mine, merged, me, index, localIndex);
    if (change) foreign.push(change);
    else safe.push(merged);
  }
  return { safe, foreign };
}

/** Say yes to another person's change: the record to write is the merge's. */
export function acceptForeignChange(change: ForeignChange): StoredRecord {
  return change.merged;
}

/**
 * Keep my version: my content with a revision that has seen both mine and theirs, one edit
 * further, so it descends from their change and wins every later merge, everywhere.
 */
export function keepMine(change: ForeignChange, ctx: ChangeContext): CoachingRecord {
  const { conflicts: _theirs, ...mine } = change.mine;
  return editRecord({ ...mine, rev: joinRevisions(change.mine.rev, change.merged.rev) }, {}, ctx);
}
