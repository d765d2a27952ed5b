import { refsOf } from '../model/refs';
import { isTombstone, tombstoneOf } from '../model/revision';
import type {
  ChangeContext,
  CoachingRecord,
  DateOnly,
  Id,
  StoredRecord,
  Track,
} from '../model/types';

/** The writes of one retention purge. */
export interface PurgePlan {
  writes: StoredRecord[];
  cutoff: DateOnly;
}

/**
 * The first day that is kept: `months` calendar months before `now` (UTC), clamped to the end
 * of a shorter month (31 March minus one month is 28 or 29 February).
 */
export function retentionCutoff(now: Date, months: number): DateOnly {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`Retention must be a whole number of months, at least 1 (got ${months}).`);
  }
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(now.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/**
 * Retention rule: a record is purged (replaced by its tombstone) when its date is before the
 * cut-off day. Dates are those of `refsOf`: a session's date, an observation's time, an
 * action's due date (or creation when it has none). Exceptions:
 * - a track is purged only when it is closed and its last activity (its own edits, end and
 *   follow-up dates, and the date of every record in it) is before the cut-off;
 * - a goal goes with its track (or by its own last edit when its track is gone);
 * - a person is purged when their record was last edited before the cut-off and no record
 *   that is kept still names them.
 * Tombstones are kept: the shared-file merge needs them to keep deletions deleted.
 */
export function planPurge(
  records: Iterable<StoredRecord>,
  months: number,
  ctx: ChangeContext,
): PurgePlan {
  const cutoff = retentionCutoff(ctx.now, months);
  const live: CoachingRecord[] = [];
  for (const record of records) if (!isTombstone(record)) live.push(record);
  const isOld = (date: string | undefined) => date !== undefined && date < cutoff;

  const purged = new Set<CoachingRecord>();
  const lastActivity = new Map<Id, string>();
  const noteActivity = (trackId: Id, date: string | undefined) => {
    if (date !== undefined && date > (lastActivity.get(trackId) ?? '')) {
      lastActivity.set(trackId, date);
    }
  };
  const tracks = new Map<Id, Track>();
  for (const record of live) {
    const refs = refsOf(record);
    if (record.type === 'track') {
      tracks.set(record.id, record);
      for (const date of [record.updatedAt, record.endDate, ...record.followUpDates]) {
        noteActivity(record.id, date);
      }
    } else if (refs.trackId !== undefined) {
      noteActivity(refs.trackId, refs.date);
    }
    if (
      (record.type === 'session' || record.type === 'observation' || record.type === 'action') &&
      isOld(refs.date)
    ) {
      purged.add(record);
    }
  }
  for (const track of tracks.values()) {
    if (track.status === 'closed' && isOld(lastActivity.get(track.id))) purged.add(track);
  }
  for (const record of live) {
    if (record.type !== 'goal') continue;
    const track = tracks.get(record.trackId);
    if (track ? purged.has(track) : isOld(record.updatedAt)) purged.add(record);
  }
  const stillNamed = new Set<Id>();
  for (const record of live) {
    if (record.type !== 'person' && !purged.has(record)) {
      for (const id of refsOf(record).personIds) stillNamed.add(id);
    }
  }
  for (const record of live) {
    if (record.type === 'person' && isOld(record.updatedAt) && !stillNamed.has(record.id)) {
      purged.add(record);
    }
  }
  return { writes: [...purged].map((record) => tombstoneOf(record, ctx)), cutoff };
}
