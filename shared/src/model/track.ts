import { CoachingError } from './errors';
import { normaliseRecord } from './normalise';
import { editRecord, newRecordBase } from './records';
import type { Cadence, ChangeContext, DateOnly, Id, Track, TrackKind, TrackStatus } from './types';

export interface NewTrack {
  kind: TrackKind;
  title: string;
  coacheeIds: Id[];
  coachIds: Id[];
  templateId?: string;
  plannedConversations?: number;
  startDate?: DateOnly;
  endDate?: DateOnly;
  followUpDates?: DateOnly[];
  cadence?: Cadence;
  /** Defaults to `intake`. */
  status?: TrackStatus;
}

/** A series of sessions with one or more coachees. Use `planTrack` to fill dates from a template. */
export function createTrack(input: NewTrack, ctx: ChangeContext): Track {
  const track: Track = {
    ...newRecordBase('track', ctx),
    kind: input.kind,
    title: input.title,
    coacheeIds: input.coacheeIds,
    coachIds: input.coachIds,
    status: input.status ?? 'intake',
    followUpDates: input.followUpDates ?? [],
  };
  if (input.templateId !== undefined) track.templateId = input.templateId;
  if (input.plannedConversations !== undefined)
    track.plannedConversations = input.plannedConversations;
  if (input.startDate !== undefined) track.startDate = input.startDate;
  if (input.endDate !== undefined) track.endDate = input.endDate;
  if (input.cadence !== undefined) track.cadence = input.cadence;
  return normaliseRecord(track);
}

/**
 * intake → active → follow-up → closed. A track may close early from any state (sometimes one
 * or two conversations are enough) and a follow-up may turn back into an active track.
 */
export const TRACK_TRANSITIONS: Readonly<Record<TrackStatus, readonly TrackStatus[]>> = {
  intake: ['active', 'closed'],
  active: ['follow-up', 'closed'],
  'follow-up': ['active', 'closed'],
  closed: [],
};

export function canChangeTrackStatus(from: TrackStatus, to: TrackStatus): boolean {
  return TRACK_TRANSITIONS[from].includes(to);
}

export function setTrackStatus(track: Track, status: TrackStatus, ctx: ChangeContext): Track {
  if (!canChangeTrackStatus(track.status, status)) {
    throw new CoachingError(
      'core.error.trackTransition',
      {},
      { from: `core.trackStatus.${track.status}`, to: `core.trackStatus.${status}` },
    );
  }
  return editRecord(track, { status }, ctx);
}
