import { newId } from './ids';
import { normaliseRecord } from './normalise';
import { bumpRevision } from './revision';
import type { ChangeContext, CoachingRecord, RecordBase, RecordType } from './types';

/** Fields a user edit may change: everything but identity, timestamps and revision. */
export type RecordPatch<R extends CoachingRecord> = Partial<
  Omit<R, 'type' | 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'conflicts'>
>;

/** Identity, timestamps and a first revision for a new record made by `ctx.actor`. */
export function newRecordBase<T extends RecordType>(type: T, ctx: ChangeContext): RecordBase<T> {
  const now = ctx.now.toISOString();
  return {
    type,
    id: newId(ctx.now),
    createdAt: now,
    updatedAt: now,
    rev: bumpRevision({}, ctx.actor),
  };
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
  return normaliseRecord(merged as unknown as R);
}

const RESERVED = new Set(['type', 'id', 'createdAt', 'updatedAt', 'rev', 'conflicts']);
