import { newId } from './ids';
import { normaliseRecord } from './normalise';
import { bumpRevision } from './revision';
import type { ChangeContext, CoachingRecord, RecordBase, RecordType } from './types';

/** Fields a user edit may change: everything but identity, timestamps and revision. */
export type RecordPatch<R extends CoachingRecord> = Partial<
  Omit<R, 'type' | 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'conflicts' | 'authorId' | 'editedBy'>
>;

/**
 * Identity, timestamps and a first revision for a new record made by `ctx.actor`; its author
 * is `ctx.person` when the installation knows who uses it.
 */
export function newRecordBase<T extends RecordType>(type: T, ctx: ChangeContext): RecordBase<T> {
  const now = ctx.now.toISOString();
  const base: RecordBase<T> = {
    type,
    id: newId(ctx.now),
    createdAt: now,
    updatedAt: now,
    rev: bumpRevision({}, ctx.actor),
  };
  if (ctx.person !== undefined) base.authorId = ctx.person;
  return base;
}

/**
 * Apply a user's edit. The id and createdAt stay, the revision descends from the old one and
 * updatedAt moves to `ctx.now`. A patch value of `undefined` clears an optional field. Text the
 * user typed is trimmed and checked like on creation (throws `CoachingError`).
 */
export function editRecord<R extends CoachingRecord>(
  record: R,
  patch: RecordPatch<R>,
  ctx: ChangeContext,
): R {
  const merged: Record<string, unknown> = { ...record };
  for (const [field, value] of Object.entries(patch)) {
    if (RESERVED.has(field)) continue;
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  merged.updatedAt = ctx.now.toISOString();
  merged.rev = bumpRevision(record.rev, ctx.actor);
  // Each version names the replica that made it, so views can say who edited it last.
  merged.editedBy = ctx.actor;
  return normaliseRecord(merged as unknown as R);
}

/** Fields that are not a record's content: identity, timestamps, revision, merge state. */
export const IDENTITY_KEYS = ['type', 'id', 'createdAt', 'updatedAt', 'rev', 'conflicts'] as const;

/** Authorship is set by the core, never by a patch: an edit cannot re-attribute a note. */
const RESERVED: ReadonlySet<string> = new Set([...IDENTITY_KEYS, 'authorId', 'editedBy']);
