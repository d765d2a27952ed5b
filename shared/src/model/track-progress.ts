import { format } from '../i18n/define';
import { coreMessages } from '../i18n/messages/core';
import { nextCheckInDue, type CheckInDue } from './cadence';
import { formatDay } from '../i18n/dates';
import { isHeld, sessionsOfTrack } from './session-order';
import type { DateOnly, Id, Locale, Session, Track, TrackStatus } from './types';

export interface TrackProgress {
  trackId: Id;
  status: TrackStatus;
  /** Conversations held in the track proper (follow-ups not counted). */
  held: number;
  /** "About eight": the plan, when there is one. */
  planned?: number;
  followUpsHeld: number;
  /** The first follow-up date not yet covered by a held follow-up session. */
  nextFollowUp?: DateOnly;
  followUpOverdue: boolean;
  /** The next planned session of the track, if any. */
  nextSession?: { id: Id; date: DateOnly };
  today: DateOnly;
}

/** Where a track stands: "5 of ~8 conversations, follow-up due 3 March". */
export function trackProgress(
  track: Track,
  sessions: readonly Session[],
  today: DateOnly,
): TrackProgress {
  const own = sessionsOfTrack(track.id, sessions);
  const held = own.filter(isHeld);
  const followUpsHeld = held.filter((s) => s.kind === 'follow-up').length;
  const nextFollowUp = track.followUpDates[followUpsHeld];
  const upcoming = own.find((s) => s.status === 'planned' || s.status === 'prepared');
  const progress: TrackProgress = {
    trackId: track.id,
    status: track.status,
    held: held.length - followUpsHeld,
    followUpsHeld,
    followUpOverdue: nextFollowUp !== undefined && nextFollowUp < today,
    today,
  };
  if (track.plannedConversations !== undefined) progress.planned = track.plannedConversations;
  if (nextFollowUp !== undefined) progress.nextFollowUp = nextFollowUp;
  if (upcoming) progress.nextSession = { id: upcoming.id, date: upcoming.date };
  return progress;
}

/** The progress line in the user's language. */
export function formatTrackProgress(progress: TrackProgress, locale: Locale): string {
  const catalog = coreMessages[locale];
  const parts = [
    progress.planned !== undefined
      ? format(
          catalog['core.progress.conversations'],
          { held: progress.held, planned: progress.planned },
          locale,
        )
      : format(catalog['core.progress.conversationsHeld'], { held: progress.held }, locale),
  ];
  if (progress.status === 'closed') {
    parts.push(catalog['core.progress.closed']);
  } else if (progress.nextFollowUp) {
    const date = formatDay(progress.nextFollowUp, locale, progress.today);
    const key = progress.followUpOverdue
      ? 'core.progress.followUpOverdue'
      : 'core.progress.followUpDue';
    parts.push(format(catalog[key], { date }, locale));
  }
  return parts.join(catalog['core.progress.separator']);
}

/** When the track's next check-in is due, from its cadence and the last held session. */
export function trackCheckInDue(
  track: Track,
  sessions: readonly Session[],
  today: DateOnly,
): CheckInDue | undefined {
  if (track.status === 'closed') return undefined;
  const held = sessionsOfTrack(track.id, sessions).filter(isHeld);
  const last = held[held.length - 1]?.date;
  return nextCheckInDue(track.cadence, last, track.startDate ?? today, today);
}

export function formatCheckInDue(due: CheckInDue, locale: Locale, today?: DateOnly): string {
  const catalog = coreMessages[locale];
  const key = due.overdue ? 'core.checkIn.overdue' : 'core.checkIn.due';
  return format(catalog[key], { date: formatDay(due.due, locale, today) }, locale);
}
