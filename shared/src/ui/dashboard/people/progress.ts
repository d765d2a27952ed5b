import { t } from '../../../i18n';
import { toDateOnly } from '../../../model/dates';
import type { Locale, Session, Track } from '../../../model/types';
import { formatDay } from '../common/format';

/** "5 of ~8 conversations, follow-up due 3 Mar 2027" for a track card. */
export function trackProgressText(track: Track, sessions: readonly Session[], locale: Locale, now: Date): string {
  const held = sessions.filter((s) => s.status === 'done').length;
  const today = toDateOnly(now);
  const nextFollowUp = track.followUpDates.find((d) => d >= today);
  const parts = [
    track.plannedConversations
      ? t(locale, 'dashboard.progress.ofPlanned', { held, planned: track.plannedConversations })
      : t(locale, 'dashboard.progress.held', { held }),
  ];
  if (nextFollowUp) parts.push(t(locale, 'dashboard.progress.followUp', { date: formatDay(locale, nextFollowUp) }));
  return parts.join(', ');
}
