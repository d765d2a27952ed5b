import { isTombstone } from './revision';
import type { Id, StoredRecord } from './types';

/** What a record is about and when: the keys the store indexes and the retention rule reads. */
export interface RecordRefs {
  /** People the record is about (coachees, coaches, owner, or the person record itself). */
  personIds: Id[];
  /** The track the record belongs to (a track's own id for a track; a goal's track). */
  trackId?: Id;
  /** The session the record belongs to (a session's own id for a session). */
  sessionId?: Id;
  /**
   * The record's date for range queries and retention: a `YYYY-MM-DD` date or an ISO
   * timestamp. Both compare correctly as strings against a `YYYY-MM-DD` bound.
   */
  date: string;
}

/**
 * The people, track, session and date of a record. A tombstone keeps no links, so it refers
 * only to itself (a person tombstone is about that person) and is dated by its deletion.
 */
export function refsOf(record: StoredRecord): RecordRefs {
  if (isTombstone(record)) {
    return { personIds: record.type === 'person' ? [record.id] : [], date: record.updatedAt };
  }
  switch (record.type) {
    case 'person':
      return { personIds: [record.id], date: record.updatedAt };
    case 'track':
      return {
        personIds: unique(record.coacheeIds, record.coachIds),
        trackId: record.id,
        date: record.updatedAt,
      };
    case 'goal':
      // A goal is about its track's people; the store resolves them through the track.
      return { personIds: [], trackId: record.trackId, date: record.updatedAt };
    case 'session':
      return withOptional(
        { personIds: unique(record.coacheeIds, record.coachIds), sessionId: record.id },
        record.trackId,
        record.date,
      );
    case 'observation':
      return withOptional(
        { personIds: unique(record.coacheeIds), sessionId: record.sessionId },
        record.trackId,
        record.at,
      );
    case 'action':
      return withOptional(
        {
          personIds: unique(record.coacheeIds, record.ownerId ? [record.ownerId] : []),
          sessionId: record.sessionId,
        },
        record.trackId,
        record.due ?? record.createdAt,
      );
    case 'selfAssessment':
      return withOptional(
        { personIds: [record.coacheeId], sessionId: record.sessionId },
        record.trackId,
        record.createdAt,
      );
    case 'response':
      return withOptional(
        {
          personIds: unique(record.coacheeIds, record.authorId ? [record.authorId] : []),
          sessionId: record.sessionId,
        },
        record.trackId,
        record.createdAt,
      );
  }
}

function withOptional(
  refs: { personIds: Id[]; sessionId: Id },
  trackId: Id | undefined,
  date: string,
): RecordRefs {
  return trackId === undefined ? { ...refs, date } : { ...refs, trackId, date };
}

function unique(...lists: readonly Id[][]): Id[] {
  return [...new Set(lists.flat())];
}
