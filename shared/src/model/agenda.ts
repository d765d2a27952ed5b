import { addDays } from './dates';
import { trackCheckInDue } from './track-progress';
import type { Action, DateOnly, Id, Session, Track } from './types';

/**
 * How far back a track's last held check-in is looked for: when it is older, the next one is
 * overdue anyway, so sessions before `agendaLookbackStart(today)` need not be read.
 */
export const AGENDA_LOOKBACK_DAYS = 400;

/** What the coach should do on a day: a check-in by cadence, a follow-up conversation, an action. */
export type AgendaItem =
  | { kind: 'check-in'; due: DateOnly; overdue: boolean; track: Track }
  | { kind: 'follow-up'; due: DateOnly; overdue: false; track: Track }
  | { kind: 'action'; due: DateOnly; overdue: boolean; action: Action };

/** The records an agenda is made of. Closed tracks and done actions may be included: they are skipped. */
export interface AgendaSources {
  tracks: readonly Track[];
  /** Per track with a cadence: its sessions since `agendaLookbackStart(today)` (or more). */
  sessionsByTrack: ReadonlyMap<Id, readonly Session[]>;
  actions: readonly Action[];
}

export function agendaPersonIds(item: AgendaItem): Id[] {
  return item.kind === 'action' ? item.action.coacheeIds : item.track.coacheeIds;
}

/** The first day whose sessions can still decide a track's next check-in. */
export function agendaLookbackStart(today: DateOnly): DateOnly {
  return addDays(today, -AGENDA_LOOKBACK_DAYS);
}

/** Closed tracks are not followed up. */
export function trackOnAgenda(track: Track): boolean {
  return track.status !== 'closed';
}

/** Whether a track's sessions are needed to know its next check-in (it runs and has a cadence). */
export function trackNeedsSessions(track: Track): boolean {
  return trackOnAgenda(track) && track.cadence !== undefined;
}

/**
 * A track's follow-up conversations from `today` to `until`, and its next check-in by cadence
 * when that falls on or before `until` (also when it is already overdue).
 */
export function trackAgenda(
  track: Track,
  sessions: readonly Session[],
  today: DateOnly,
  until: DateOnly,
): AgendaItem[] {
  if (!trackOnAgenda(track)) return [];
  const items: AgendaItem[] = track.followUpDates
    .filter((due) => due >= today && due <= until)
    .map((due) => ({ kind: 'follow-up', due, overdue: false, track }));
  // Only the last held session matters, so recent sessions are enough.
  const next = trackCheckInDue(track, sessions, today);
  if (next && next.due <= until)
    items.push({ kind: 'check-in', due: next.due, overdue: next.overdue, track });
  return items;
}

/** An open action with a due date on or before `until` (overdue when before `today`). */
export function actionAgenda(
  action: Action,
  today: DateOnly,
  until: DateOnly,
): AgendaItem | undefined {
  if (action.status !== 'open' || !action.due || action.due > until) return undefined;
  return { kind: 'action', due: action.due, overdue: action.due < today, action };
}

/**
 * Everything due from `today` to `until`, and what is already overdue: the next check-in of
 * every running track with a cadence, its follow-up conversations, and open actions with a
 * due date. Sorted by due date (stable: tracks in the given order, then actions).
 */
export function buildAgenda(
  sources: AgendaSources,
  today: DateOnly,
  until: DateOnly,
): AgendaItem[] {
  const items = sources.tracks.flatMap((track) =>
    trackAgenda(track, sources.sessionsByTrack.get(track.id) ?? [], today, until),
  );
  for (const action of sources.actions) {
    const item = actionAgenda(action, today, until);
    if (item) items.push(item);
  }
  return items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The items due on `day` itself (not those overdue since earlier). */
export function agendaDueOn(items: readonly AgendaItem[], day: DateOnly): AgendaItem[] {
  return items.filter((item) => item.due === day);
}
