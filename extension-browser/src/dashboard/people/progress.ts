import {
  toDateOnly,
  formatCheckInDue,
  formatTrackProgress,
  trackCheckInDue,
  trackProgress,
  type Locale,
  type Session,
  type Track,
} from '@coaching-notes/shared';

/** "5 of ~8 conversations, follow-up due 3 March", by the core's rule and wording. */
export function trackProgressText(
  track: Track,
  sessions: readonly Session[],
  locale: Locale,
  now: Date,
): string {
  return formatTrackProgress(trackProgress(track, sessions, toDateOnly(now)), locale);
}

/** "Next check-in 29 Oct" by the track's cadence; empty without a cadence or when closed. */
export function checkInText(
  track: Track,
  sessions: readonly Session[],
  locale: Locale,
  now: Date,
): string {
  const today = toDateOnly(now);
  const due = trackCheckInDue(track, sessions, today);
  return due ? formatCheckInDue(due, locale, today) : '';
}
