import { addDays, toDateOnly } from '../../../model/dates';
import { trackCheckInDue } from '../../../model/track-progress';
import type { Action, DateOnly, Id, Track } from '../../../model/types';
import type { Store } from '../../../store/port';

/** How far back a track's last held check-in is looked for (older: it is overdue anyway). */
const LOOKBACK_DAYS = 400;

export type AgendaItem =
  | { kind: 'check-in'; due: DateOnly; overdue: boolean; track: Track }
  | { kind: 'follow-up'; due: DateOnly; overdue: false; track: Track }
  | { kind: 'action'; due: DateOnly; overdue: boolean; action: Action };

export function agendaPersonIds(item: AgendaItem): Id[] {
  return item.kind === 'action' ? item.action.coacheeIds : item.track.coacheeIds;
}

/**
 * What is due from today to `horizonDays` ahead, and what is already overdue: the next
 * check-in of every running track with a cadence, its follow-up conversations, and open
 * actions with a due date. Sorted by due date.
 */
export async function loadAgenda(store: Store, now: Date, horizonDays = 30): Promise<AgendaItem[]> {
  const today = toDateOnly(now);
  const until = addDays(today, horizonDays);
  const items: AgendaItem[] = [];
  const tracks = (await store.list({ type: 'track' })).filter((tr) => tr.status !== 'closed');
  await Promise.all(
    tracks.map(async (track) => {
      for (const due of track.followUpDates) {
        if (due >= today && due <= until)
          items.push({ kind: 'follow-up', due, overdue: false, track });
      }
      if (!track.cadence) return;
      const sessions = await store.list({
        type: 'session',
        trackId: track.id,
        from: addDays(today, -LOOKBACK_DAYS),
      });
      // Only the last held session matters, so recent sessions are enough.
      const next = trackCheckInDue(track, sessions, today);
      if (next && next.due <= until)
        items.push({ kind: 'check-in', due: next.due, overdue: next.overdue, track });
    }),
  );
  // Actions are dated by their due date: one range query up to the horizon.
  const actions = await store.list({ type: 'action', to: addDays(until, 1) });
  for (const action of actions) {
    if (action.status !== 'open' || !action.due) continue;
    items.push({ kind: 'action', due: action.due, overdue: action.due < today, action });
  }
  return items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
