import { format } from '../i18n/define';
import { coreMessages } from '../i18n/messages/core';
import { earlierSessionsInTrack, isHeld, nextSessionInTrack } from './session-order';
import type { Action, Id, Locale, Session } from './types';

/**
 * Open actions carry forward: every open action agreed in an earlier session of the track
 * comes back in the next one ("what progress since last time?") until it is done or dropped.
 */
export function openActionsForSession(
  session: Session,
  sessions: readonly Session[],
  actions: readonly Action[],
): Action[] {
  const earlier = new Set(earlierSessionsInTrack(session, sessions).map((s) => s.id));
  return actions
    .filter((a) => earlier.has(a.sessionId) && wasOpenDuring(a, session))
    .sort(byDueThenCreated);
}

/**
 * Whether the action was still open when `session` took place: it is open now, or it was
 * closed at or after the session started (so a past session keeps showing what it carried).
 */
function wasOpenDuring(action: Action, session: Session): boolean {
  if (action.status === 'open') return true;
  const started = session.during.startedAt;
  return started !== undefined && action.closedAt !== undefined && action.closedAt >= started;
}

/**
 * How often an action has carried forward so far: the sessions of its track held after the day
 * it was agreed, other than the session it was agreed in. `sessions` may hold any sessions.
 */
export function timesCarried(action: Action, sessions: readonly Session[]): number {
  if (action.trackId === undefined) return 0;
  const agreed = action.createdAt.slice(0, 10);
  return sessions.filter(
    (s) =>
      s.trackId === action.trackId && isHeld(s) && s.date > agreed && s.id !== action.sessionId,
  ).length;
}

export interface CarryForward {
  fromSessionId: Id;
  /** The track's next session that will take place, if one is planned already. */
  toSessionId?: Id;
  /** Open actions from this session and earlier ones that move on to the next session. */
  actions: Action[];
  /** Of those, the ones agreed in this session. */
  newActionIds: Id[];
}

/** What `session` hands on to the track's next session. */
export function carriedForward(
  session: Session,
  sessions: readonly Session[],
  actions: readonly Action[],
): CarryForward {
  const fromHere = actions.filter((a) => a.sessionId === session.id && a.status === 'open');
  const earlier = openActionsForSession(session, sessions, actions).filter(
    (a) => a.status === 'open',
  );
  const result: CarryForward = {
    fromSessionId: session.id,
    actions: [...earlier, ...fromHere].sort(byDueThenCreated),
    newActionIds: fromHere.map((a) => a.id),
  };
  const next = nextSessionInTrack(session, sessions);
  if (next) result.toSessionId = next.id;
  return result;
}

/** "Carried over from earlier sessions: 3" for the list heading. */
export function carryForwardText(count: number, locale: Locale): string {
  const catalog = coreMessages[locale];
  return count === 0
    ? catalog['core.carryForward.none']
    : format(catalog['core.carryForward.summary'], { count }, locale);
}

function byDueThenCreated(a: Action, b: Action): number {
  const aDue = a.due ?? '9999-12-31';
  const bDue = b.due ?? '9999-12-31';
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
