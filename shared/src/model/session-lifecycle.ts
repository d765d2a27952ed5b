import { CoachingError } from './errors';
import { editRecord } from './records';
import type { ChangeContext, Session, SessionKind, SessionStatus } from './types';

/**
 * How a session moves:
 *   planned → prepared (prep checked) → in-progress (started) → debrief (ended) → done
 *   planned / prepared → skipped (not prepared, by rule) or cancelled
 *   planned → in-progress directly for unannounced observations and for kinds without a gate.
 * skipped and cancelled sessions can be planned again (a new date), done is final.
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  planned: ['prepared', 'in-progress', 'skipped', 'cancelled'],
  prepared: ['in-progress', 'skipped', 'cancelled', 'planned'],
  'in-progress': ['debrief'],
  debrief: ['done'],
  done: [],
  skipped: ['planned'],
  cancelled: ['planned'],
};

/** Session kinds where the coachee must be prepared before a planned session may start. */
export const PREP_GATED_KINDS: readonly SessionKind[] = ['observation'];

export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return SESSION_TRANSITIONS[from].includes(to);
}

export function assertTransition(session: Session, to: SessionStatus): void {
  if (!canTransition(session.status, to)) {
    throw new CoachingError(
      'core.error.sessionTransition',
      {},
      { from: `core.sessionStatus.${session.status}`, to: `core.sessionStatus.${to}` },
    );
  }
}

/**
 * Whether the prep gate lets this session start: an announced observation needs a passed
 * prep check; an unannounced one, and other session kinds, start straight from planned.
 */
export function mayStart(session: Session): boolean {
  if (session.status === 'prepared') return true;
  if (session.status !== 'planned') return false;
  return !session.planned || !PREP_GATED_KINDS.includes(session.kind);
}

/** Start the session now (`during.startedAt`). Refuses unprepared, announced observations. */
export function startSession(session: Session, ctx: ChangeContext): Session {
  assertTransition(session, 'in-progress');
  if (!mayStart(session)) throw new CoachingError('core.error.notPrepared');
  return editRecord(
    session,
    { status: 'in-progress', during: { ...session.during, startedAt: ctx.now.toISOString() } },
    ctx,
  );
}

/** Stop observing (`during.endedAt`) and move on to the debrief. */
export function endSession(session: Session, ctx: ChangeContext): Session {
  assertTransition(session, 'debrief');
  return editRecord(
    session,
    { status: 'debrief', during: { ...session.during, endedAt: ctx.now.toISOString() } },
    ctx,
  );
}

/** Close the debrief: the session is done. */
export function completeSession(session: Session, ctx: ChangeContext): Session {
  assertTransition(session, 'done');
  return editRecord(session, { status: 'done' }, ctx);
}

export function cancelSession(session: Session, ctx: ChangeContext): Session {
  assertTransition(session, 'cancelled');
  return editRecord(session, { status: 'cancelled' }, ctx);
}

/** Plan a skipped or cancelled session again, on a new date; the prep check starts over. */
export function replanSession(session: Session, date: string, ctx: ChangeContext): Session {
  assertTransition(session, 'planned');
  return editRecord(
    session,
    { status: 'planned', date, before: { ...session.before, prepCheck: 'unchecked' } },
    ctx,
  );
}

/** Milliseconds the session ran (or has run until `now`); 0 before it started. */
export function sessionDurationMs(session: Session, now: Date): number {
  const { startedAt, endedAt } = session.during;
  if (!startedAt) return 0;
  const end = endedAt ? Date.parse(endedAt) : now.getTime();
  return Math.max(0, end - Date.parse(startedAt));
}
