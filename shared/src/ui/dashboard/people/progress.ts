import { toDateOnly } from '../../../model/dates';
import { formatTrackProgress, trackProgress } from '../../../model/track-progress';
import type { Locale, Session, Track } from '../../../model/types';

/** "5 of ~8 conversations, follow-up due 3 March", by the core's rule and wording. */
export function trackProgressText(track: Track, sessions: readonly Session[], locale: Locale, now: Date): string {
  return formatTrackProgress(trackProgress(track, sessions, toDateOnly(now)), locale);
}
