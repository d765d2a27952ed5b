import { bumpRevision, joinRevisions } from '../../../model/revision';
import type { ChangeContext, CoachingRecord, ConflictVersion } from '../../../model/types';

/**
 * Resolve a conflict by picking one version: the chosen fields, no conflicts left, and a
 * revision that descends from every version involved, so the next merge anywhere takes it.
 * `choice` is the index of a kept version, or `undefined` to keep the current winner.
 */
export function resolveConflict<R extends CoachingRecord>(record: R, choice: number | undefined, ctx: ChangeContext): R {
  const versions: ConflictVersion[] = record.conflicts ?? [];
  const rev = versions.reduce((acc, v) => joinRevisions(acc, v.rev), record.rev);
  const chosen = choice === undefined ? undefined : versions[choice];
  const base: Record<string, unknown> = { ...record };
  delete base['conflicts'];
  const fields = chosen ? { ...base, ...chosen.fields } : base;
  return {
    ...fields,
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
