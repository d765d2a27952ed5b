import {
  agendaLookbackStart,
  buildAgenda,
  trackNeedsSessions,
  trackOnAgenda,
  type AgendaItem,
} from '../model/agenda';
import { addDays, toDateOnly } from '../model/dates';
import type { DateOnly, Id, Session } from '../model/types';
import type { Store } from './port';

export interface ReadAgendaOptions {
  /** Also read open actions that were due before `today` (default true). */
  overdueActions?: boolean;
}

/**
 * Reads what the agenda from `today` to `until` is made of — running tracks, the recent
 * sessions of those with a cadence, and actions due up to `until` — and builds it.
 */
export async function readAgenda(
  store: Store,
  today: DateOnly,
  until: DateOnly,
  options: ReadAgendaOptions = {},
): Promise<AgendaItem[]> {
  const tracks = (await store.list({ type: 'track' })).filter(trackOnAgenda);
  const from = agendaLookbackStart(today);
  const sessions = await Promise.all(
    tracks
      .filter(trackNeedsSessions)
      .map(async (track): Promise<[Id, Session[]]> => [
        track.id,
        await store.list({ type: 'session', trackId: track.id, from }),
      ]),
  );
  // Actions are dated by their due date: one range query up to `until`.
  const to = addDays(until, 1);
  const actions = await store.list(
    options.overdueActions === false ? { type: 'action', from: today, to } : { type: 'action', to },
  );
  return buildAgenda({ tracks, sessionsByTrack: new Map(sessions), actions }, today, until);
}

/** What is due from today to `horizonDays` ahead, and what is already overdue, by due date. */
export function loadAgenda(store: Store, now: Date, horizonDays = 30): Promise<AgendaItem[]> {
  const today = toDateOnly(now);
  return readAgenda(store, today, addDays(today, horizonDays));
}
