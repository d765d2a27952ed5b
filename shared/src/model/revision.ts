import type { ChangeContext, RecordType, Revision, StoredRecord, Tombstone } from './types';

export type RevisionOrder = 'equal' | 'before' | 'after' | 'concurrent';

/** How revision `a` relates to revision `b` (`before`: b descends from a). */
export function compareRevisions(a: Revision, b: Revision): RevisionOrder {
  // Allocation-free: every merge of a file compares each record's revisions.
  let aAhead = false;
  let bAhead = false;
  for (const actor in a) {
    const x = a[actor] ?? 0;
    const y = Object.hasOwn(b, actor) ? (b[actor] ?? 0) : 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  for (const actor in b) {
    if (!Object.hasOwn(a, actor) && (b[actor] ?? 0) > 0) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** The least revision that descends from both (pointwise maximum). */
export function joinRevisions(a: Revision, b: Revision): Revision {
  const out: Revision = { ...a };
  for (const [actor, n] of Object.entries(b)) out[actor] = Math.max(out[actor] ?? 0, n);
  return sortRevision(out);
}

/** One more edit by `actor`. */
export function bumpRevision(rev: Revision, actor: string): Revision {
  return sortRevision({ ...rev, [actor]: (rev[actor] ?? 0) + 1 });
}

/** Keys in a stable order so that serialised revisions compare and diff cleanly. */
export function sortRevision(rev: Revision): Revision {
  return Object.fromEntries(Object.entries(rev).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function isTombstone(record: StoredRecord): record is Tombstone {
  return 'deleted' in record && record.deleted === true;
}

/** The tombstone that replaces a record: it descends from the record and keeps no text. */
export function tombstoneOf<T extends RecordType>(
  record: { type: T; id: string; createdAt: string; rev: Revision },
  ctx: ChangeContext,
): Tombstone<T> {
  return {
    type: record.type,
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: ctx.now.toISOString(),
    rev: bumpRevision(record.rev, ctx.actor),
    deleted: true,
  };
}
