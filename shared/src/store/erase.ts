import { refsOf } from '../model/refs';
import { bumpRevision, isTombstone, tombstoneOf } from '../model/revision';
import type { ChangeContext, CoachingRecord, Id, StoredRecord } from '../model/types';

/** The writes that erase one person, computed from the records the store holds. */
export interface ErasePlan {
  writes: StoredRecord[];
  /** Records replaced by tombstones. */
  erased: number;
  /** Shared records (several coachees, or the person only as coach or owner) edited. */
  edited: number;
}

/**
 * Erase rule (GDPR "right to erasure"):
 * - the person record becomes a tombstone;
 * - a track or session whose only coachee is the person becomes a tombstone, and so does
 *   everything belonging to it (goals, sessions of an erased track, observations, actions);
 * - an observation or action whose only coachee is the person (an action also when it has no
 *   coachee and the person owns it) becomes a tombstone;
 * - any other record that names the person (one of several coachees, a coach, an owner) is
 *   edited instead: the person's id is removed, also from kept conflict versions, with a new
 *   revision so the edit wins the next merge.
 * Free text in edited shared records is kept: it belongs to the other coachees too.
 */
export function planErase(
  records: Iterable<StoredRecord>,
  personId: Id,
  ctx: ChangeContext,
): ErasePlan {
  const live: CoachingRecord[] = [];
  for (const record of records) if (!isTombstone(record)) live.push(record);

  const erasedTracks = new Set<Id>();
  for (const r of live) {
    if (r.type === 'track' && isOnlyCoachee(r.coacheeIds, personId)) erasedTracks.add(r.id);
  }
  const inErasedTrack = (trackId: Id | undefined) =>
    trackId !== undefined && erasedTracks.has(trackId);
  const erasedSessions = new Set<Id>();
  for (const r of live) {
    if (r.type === 'session' && (isOnlyCoachee(r.coacheeIds, personId) || inErasedTrack(r.trackId)))
      erasedSessions.add(r.id);
  }

  const shouldErase = (r: CoachingRecord): boolean => {
    switch (r.type) {
      case 'person':
        return r.id === personId;
      case 'track':
        return erasedTracks.has(r.id);
      case 'goal':
        return erasedTracks.has(r.trackId);
      case 'session':
        return erasedSessions.has(r.id);
      case 'observation':
        return (
          erasedSessions.has(r.sessionId) ||
          inErasedTrack(r.trackId) ||
          isOnlyCoachee(r.coacheeIds, personId)
        );
      case 'action':
        return (
          erasedSessions.has(r.sessionId) ||
          inErasedTrack(r.trackId) ||
          isOnlyCoachee(r.coacheeIds, personId) ||
          (r.coacheeIds.length === 0 && r.ownerId === personId)
        );
      case 'selfAssessment':
        return (
          erasedSessions.has(r.sessionId) || inErasedTrack(r.trackId) || r.coacheeId === personId
        );
      case 'response':
        // A response is the words of its author: erasing them, or the session, erases it.
        return (
          erasedSessions.has(r.sessionId) ||
          inErasedTrack(r.trackId) ||
          isOnlyCoachee(r.coacheeIds, personId) ||
          r.authorId === personId
        );
    }
  };

  const plan: ErasePlan = { writes: [], erased: 0, edited: 0 };
  for (const record of live) {
    if (shouldErase(record)) {
      plan.writes.push(tombstoneOf(record, ctx));
      plan.erased++;
    } else if (mentions(record, personId)) {
      plan.writes.push(withoutPerson(record, personId, ctx));
      plan.edited++;
    }
  }
  return plan;
}

function isOnlyCoachee(coacheeIds: readonly Id[], personId: Id): boolean {
  return coacheeIds.length > 0 && coacheeIds.every((id) => id === personId);
}

function mentions(record: CoachingRecord, personId: Id): boolean {
  if (refsOf(record).personIds.includes(personId)) return true;
  return (record.conflicts ?? []).some((c) => fieldsMention(c.fields, personId));
}

function fieldsMention(fields: Record<string, unknown>, personId: Id): boolean {
  return (
    fields['ownerId'] === personId ||
    PERSON_LIST_FIELDS.some((key) => {
      const ids = fields[key];
      return Array.isArray(ids) && ids.includes(personId);
    })
  );
}

const PERSON_LIST_FIELDS = ['coacheeIds', 'coachIds'] as const;

function withoutPerson<R extends CoachingRecord>(record: R, personId: Id, ctx: ChangeContext): R {
  const edited = stripPerson(
    record as unknown as Record<string, unknown>,
    personId,
  ) as unknown as R;
  if (record.conflicts) {
    edited.conflicts = record.conflicts.map((c) => ({
      ...c,
      fields: stripPerson(c.fields, personId),
    }));
  }
  edited.updatedAt = ctx.now.toISOString();
  edited.rev = bumpRevision(record.rev, ctx.actor);
  return edited;
}

function stripPerson(fields: Record<string, unknown>, personId: Id): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const key of PERSON_LIST_FIELDS) {
    const ids = out[key];
    if (Array.isArray(ids)) out[key] = ids.filter((id) => id !== personId);
  }
  if (out['ownerId'] === personId) delete out['ownerId'];
  return out;
}
