import { format } from '../i18n/define';
import { coreMessages } from '../i18n/messages/core';
import { samePerson, type AuthorshipIndex } from './authorship';
import { CoachingError } from './errors';
import { countEvidence, goalProgress, type EvidenceCounts } from './goal-progress';
import { normaliseRecord } from './normalise';
import { newRecordBase } from './records';
import type {
  ChangeContext,
  DateOnly,
  Goal,
  Id,
  Locale,
  Observation,
  SelfAssessment,
  SelfRating,
  Session,
} from './types';

export interface NewSelfAssessment {
  coacheeId: Id;
  /** Focus goal id → 1–5. */
  ratings: Record<Id, number>;
  /** "How did you experience it?" */
  experience?: string;
}

/**
 * The coachee's view of `session`, before the coach's feedback. The coachee is its author even
 * when the coach hands over the screen; ratings are for the session's focus goals only.
 */
export function createSelfAssessment(
  session: Session,
  input: NewSelfAssessment,
  ctx: ChangeContext,
): SelfAssessment {
  if (!session.coacheeIds.includes(input.coacheeId)) {
    throw new CoachingError('core.error.notCoachee');
  }
  for (const goalId of Object.keys(input.ratings)) {
    if (!session.before.focusGoalIds.includes(goalId)) {
      throw new CoachingError('core.error.notFocusGoal');
    }
  }
  const assessment: SelfAssessment = {
    ...newRecordBase('selfAssessment', ctx),
    authorId: input.coacheeId,
    sessionId: session.id,
    coacheeId: input.coacheeId,
    ratings: { ...input.ratings },
  };
  if (session.trackId !== undefined) assessment.trackId = session.trackId;
  if (input.experience !== undefined) assessment.experience = input.experience;
  return normaliseRecord(assessment);
}

/** The scale's words: 1 "still hard" … 5 "comes naturally". */
export function selfRatingLabel(rating: SelfRating, locale: Locale): string {
  return format(coreMessages[locale][`core.selfRating.${rating}`], {}, locale);
}

/** The assessment that counts for a session: the one changed last (a coachee may redo it). */
export function latestSelfAssessment(
  assessments: readonly SelfAssessment[],
): SelfAssessment | undefined {
  let latest: SelfAssessment | undefined;
  for (const a of assessments) if (!latest || a.updatedAt > latest.updatedAt) latest = a;
  return latest;
}

/** One focus goal in the debrief: the coachee's rating beside what the coach shared about it. */
export interface DebriefGoalRow {
  goalId: Id;
  statement: string;
  /** The coachee's rating, when they gave one. */
  self?: number;
  /** The coach's view: shared tops, tips and other notes on this goal in this session. */
  coach: EvidenceCounts;
}

/**
 * Side-by-side rows per focus goal. Only shared notes count for the coach's view: these rows
 * are shown with the coachee, and a private note's existence is the coach's alone.
 */
export function debriefRows(
  session: Session,
  goals: readonly Goal[],
  observations: readonly Observation[],
  assessment?: SelfAssessment,
): DebriefGoalRow[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const shared = observations.filter(
    (o) => o.sessionId === session.id && o.visibility === 'shared',
  );
  return session.before.focusGoalIds.flatMap((goalId) => {
    const goal = byId.get(goalId);
    if (!goal) return [];
    const row: DebriefGoalRow = {
      goalId,
      statement: goal.statement,
      coach: countEvidence(shared.filter((o) => o.goalId === goalId)),
    };
    const self = assessment?.ratings[goalId];
    if (self !== undefined) row.self = self;
    return [row];
  });
}

export interface GoalHistoryPoint extends EvidenceCounts {
  sessionId: Id;
  date: DateOnly;
  /** The coachee's rating in that session, when given (the latest assessment counts). */
  self?: number;
}

/**
 * Both views of one goal over time, oldest first, for the goal chart. `observations` are the
 * notes the viewer may see: the coach's own dashboard passes all of them, a view for the coachee
 * only what was shared (the privacy filter's output), so this rule never decides privacy.
 */
export function goalHistory(
  goal: Goal,
  sessions: readonly Session[],
  observations: readonly Observation[],
  assessments: readonly SelfAssessment[],
): GoalHistoryPoint[] {
  return goalProgress(goal, sessions, observations).sessions.map((row) => {
    const ofSession = assessments.filter((a) => a.sessionId === row.sessionId);
    const self = latestSelfAssessment(ofSession)?.ratings[goal.id];
    return self === undefined ? { ...row } : { ...row, self };
  });
}

/**
 * Whether `personId`, a coachee of `session`, is still to give their own view of it: the
 * coachee rates themselves before reading the coach's notes, so that their view is their own.
 * False for anyone who is not its coachee, and once they assessed themselves (any device).
 */
export function awaitsSelfAssessment(
  session: Session,
  personId: Id,
  assessments: readonly SelfAssessment[],
  index: AuthorshipIndex,
): boolean {
  if (!session.coacheeIds.some((id) => samePerson(id, personId, index))) return false;
  return !assessments.some(
    (a) => a.sessionId === session.id && samePerson(a.coacheeId, personId, index),
  );
}
