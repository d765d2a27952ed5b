import { bumpRevision, joinRevisions } from '../model/revision';
import type { ChangeContext, CoachingRecord, ConflictVersion } from '../model/types';

/**
 * Resolve a conflict by picking one of the record's versions (see the exchange's
 * `versionsOf`): its fields, no conflicts left, and a revision that descends from every
 * version involved, so the next merge anywhere takes it.
 */
export function resolveConflict<R extends CoachingRecord>(
  record: R,
  chosen: ConflictVersion,
  ctx: ChangeContext,
): R {
  const versions: ConflictVersion[] = record.conflicts ?? [];
  const rev = versions.reduce(
    (acc, v) => joinRevisions(acc, v.rev),
    joinRevisions(record.rev, chosen.rev),
  );
  const base: Record<string, unknown> = { ...record, ...chosen.fields };
  delete base['conflicts'];
  return {
    ...base,
    type: record.type,
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: ctx.now.toISOString(),
    rev: bumpRevision(rev, ctx.actor),
  } as unknown as R;
}

/** The user-facing text of a version: its main text field, whatever the record type. */
export function versionText(fields: Record<string, unknown>): string {
  for (const key of ['text', 'title', 'statement', 'displayName']) {
    const value = fields[key];
    if (typeof value === 'string') return value;
  }
  return JSON.stringify(fields).slice(0, 200);
}
