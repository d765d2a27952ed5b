import { createAction, type NewAction } from './actions';
import { draftActionsFromDebrief } from './debrief';
import type { Action, ChangeContext, Id, Session } from './types';

/**
 * Turn the debrief's action points into Action records for `session`. Without explicit
 * items, every line of the `actions` answer becomes one action owned by `defaultOwnerId`
 * (usually the coachee) with no due date yet.
 */
export function actionsFromDebrief(
  session: Session,
  ctx: ChangeContext,
  items?: NewAction[],
  defaultOwnerId: Id | undefined = session.coacheeIds[0],
): Action[] {
  const drafts: NewAction[] =
    items ??
    draftActionsFromDebrief(session).map((text) =>
      defaultOwnerId === undefined ? { text } : { text, ownerId: defaultOwnerId },
    );
  return drafts.map((item) => createAction(session, item, ctx));
}
