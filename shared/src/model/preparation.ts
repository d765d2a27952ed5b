import { CoachingError } from './errors';
import { assertTransition, mayStart } from './session-lifecycle';
import { editRecord } from './records';
import type { ChangeContext, Session } from './types';

/** The coach's verdict on the coachee's preparation. */
export type PrepVerdict = 'prepared' | 'not-prepared';

/**
 * The prep gate. The coach checks the coachee's preparation before the session:
 * - prepared → the session is `prepared` and may start;
 * - not prepared → by rule there is no observation today: the session is recorded as
 *   `skipped`, and the coach spends the time elsewhere.
 * A session that already started cannot be re-checked.
 */
export function checkPreparation(
  session: Session,
  verdict: PrepVerdict,
  ctx: ChangeContext,
): Session {
  if (session.status !== 'planned' && session.status !== 'prepared') {
    throw new CoachingError(
      'core.error.prepCheckNotAllowed',
      {},
      { status: `core.sessionStatus.${session.status}` },
    );
  }
  const status = verdict === 'prepared' ? 'prepared' : 'skipped';
  if (status !== session.status) assertTransition(session, status);
  return editRecord(session, { status, before: { ...session.before, prepCheck: verdict } }, ctx);
}

export type StartReadiness =
  | { ready: true; reason: 'prepared' | 'unannounced' | 'no-prep-needed' }
  | { ready: false; reason: 'needs-prep-check' | 'not-prepared' | 'not-startable' };

/** Why a session can or cannot start now, for the shell to show the right button or hint. */
export function startReadiness(session: Session): StartReadiness {
  if (mayStart(session)) {
    if (session.status === 'prepared') return { ready: true, reason: 'prepared' };
    return { ready: true, reason: session.planned ? 'no-prep-needed' : 'unannounced' };
  }
  if (session.status === 'skipped' && session.before.prepCheck === 'not-prepared') {
    return { ready: false, reason: 'not-prepared' };
  }
  if (session.status === 'planned') return { ready: false, reason: 'needs-prep-check' };
  return { ready: false, reason: 'not-startable' };
}

/**
 * Record an observation as unannounced: the coach shows up without notice, so there is no
 * preparation to check and the session may start right away. Only while still `planned`: a
 * session found not prepared stays skipped.
 */
export function markUnannounced(session: Session, ctx: ChangeContext): Session {
  if (session.status !== 'planned') {
    throw new CoachingError(
      'core.error.unannouncedNotAllowed',
      {},
      { status: `core.sessionStatus.${session.status}` },
    );
  }
  return editRecord(session, { planned: false }, ctx);
}
