import { normaliseRecord } from './normalise';
import { editRecord, newRecordBase } from './records';
import type { Action, ActionStatus, ChangeContext, DateOnly, Id, Session } from './types';

export interface NewAction {
  text: string;
  /** Who picks it up (usually the coachee). */
  ownerId?: Id;
  due?: DateOnly;
  /** The observation the action grew out of. */
  observationId?: Id;
}

/** A concrete next step agreed in `session`; track and coachees are copied from it. */
export function createAction(session: Session, input: NewAction, ctx: ChangeContext): Action {
  const action: Action = {
    ...newRecordBase('action', ctx),
    text: input.text,
    status: 'open',
    sessionId: session.id,
    coacheeIds: [...session.coacheeIds],
  };
  if (session.trackId !== undefined) action.trackId = session.trackId;
  if (input.ownerId !== undefined) action.ownerId = input.ownerId;
  if (input.due !== undefined) action.due = input.due;
  if (input.observationId !== undefined) action.observationId = input.observationId;
  return normaliseRecord(action);
}

/** Done or dropped stamps `closedAt`; reopening clears it. Same status: unchanged record. */
export function setActionStatus(action: Action, status: ActionStatus, ctx: ChangeContext): Action {
  if (action.status === status) return action;
  return editRecord(
    action,
    { status, closedAt: status === 'open' ? undefined : ctx.now.toISOString() },
    ctx,
  );
}

export function isOpenAction(action: Action): boolean {
  return action.status === 'open';
}
