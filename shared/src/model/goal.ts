import { normaliseRecord } from './normalise';
import { editRecord, newRecordBase } from './records';
import type { ChangeContext, Goal, GoalStatus, Id } from './types';

export interface NewGoal {
  trackId: Id;
  /** What the coachee wants to get better at, specific: "handle client e-mails with more confidence". */
  statement: string;
  /** How coach and coachee will know it worked; may be filled in later. */
  successCriterion?: string;
  /** Position in the track; defaults to 0. */
  order?: number;
}

export function createGoal(input: NewGoal, ctx: ChangeContext): Goal {
  return normaliseRecord<Goal>({
    ...newRecordBase('goal', ctx),
    trackId: input.trackId,
    statement: input.statement,
    successCriterion: input.successCriterion ?? '',
    status: 'open',
    order: input.order ?? 0,
  });
}

export function setGoalStatus(goal: Goal, status: GoalStatus, ctx: ChangeContext): Goal {
  return editRecord(goal, { status }, ctx);
}
