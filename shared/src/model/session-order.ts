import type { Id, Session, SessionStatus } from './types';

/** Sessions that did not (and will not) take place. */
export const NOT_HELD_STATUSES: readonly SessionStatus[] = ['skipped', 'cancelled'];

/**
 * A session counts as held once it ran: it is in its debrief or done. Track progress, check-in
 * due dates and how often an action carried forward all count held sessions by this rule.
 */
export const HELD_STATUSES: readonly SessionStatus[] = ['debrief', 'done'];

export function isHeld(session: Session): boolean {
  return HELD_STATUSES.includes(session.status);
}

/** Chronological order: by date, then by start time, then by creation (ids are time-ordered). */
export function compareSessions(a: Session, b: Session): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const aStart = a.during.startedAt ?? '';
  const bStart = b.during.startedAt ?? '';
  if (aStart !== bStart) return aStart === '' ? 1 : bStart === '' ? -1 : aStart < bStart ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** The track's sessions in chronological order. */
export function sessionsOfTrack(trackId: Id, sessions: readonly Session[]): Session[] {
  return sessions.filter((s) => s.trackId === trackId).sort(compareSessions);
}

/** Sessions of the same track before `session`. */
export function earlierSessionsInTrack(session: Session, sessions: readonly Session[]): Session[] {
  if (session.trackId === undefined) return [];
  return sessionsOfTrack(session.trackId, sessions).filter(
    (s) => s.id !== session.id && compareSessions(s, session) < 0,
  );
}

/** The next session of the track after `session` that will still take place. */
export function nextSessionInTrack(
  session: Session,
  sessions: readonly Session[],
): Session | undefined {
  if (session.trackId === undefined) return undefined;
  return sessionsOfTrack(session.trackId, sessions).find(
    (s) =>
      s.id !== session.id &&
      compareSessions(session, s) < 0 &&
      !NOT_HELD_STATUSES.includes(s.status),
  );
}
