import { NOT_HELD_STATUSES, compareSessions } from './session-order';
import type { DateOnly, Goal, GoalStatus, Id, Observation, Session } from './types';

export interface EvidenceCounts {
  tops: number;
  tips: number;
  /** Questions, facts and interventions about the goal. */
  other: number;
}

export interface GoalSessionEvidence extends EvidenceCounts {
  sessionId: Id;
  date: DateOnly;
}

export const TRENDS = ['improving', 'steady', 'declining', 'not-enough-data'] as const;
export type Trend = (typeof TRENDS)[number];

export interface GoalProgress {
  goalId: Id;
  status: GoalStatus;
  /** One row per session that focused on the goal or has evidence for it, oldest first. */
  sessions: GoalSessionEvidence[];
  totals: EvidenceCounts;
  trend: Trend;
}

/**
 * How far the balance between tops and tips must move (on a scale from -1, only tips, to +1,
 * only tops) before the trend counts as improving or declining.
 */
export const TREND_THRESHOLD = 0.25;

/** Evidence per session for one goal, and whether the balance of tops and tips improves. */
export function goalProgress(
  goal: Goal,
  sessions: readonly Session[],
  observations: readonly Observation[],
): GoalProgress {
  const evidence = observations.filter((o) => o.goalId === goal.id);
  const relevant = sessions
    .filter((s) => !NOT_HELD_STATUSES.includes(s.status))
    .filter(
      (s) =>
        (s.trackId === goal.trackId && s.before.focusGoalIds.includes(goal.id)) ||
        evidence.some((o) => o.sessionId === s.id),
    )
    .sort(compareSessions);
  const rows = relevant.map((s) => ({
    sessionId: s.id,
    date: s.date,
    ...countEvidence(evidence.filter((o) => o.sessionId === s.id)),
  }));
  const totals = rows.reduce(
    (sum, r) => ({ tops: sum.tops + r.tops, tips: sum.tips + r.tips, other: sum.other + r.other }),
    { tops: 0, tips: 0, other: 0 },
  );
  return { goalId: goal.id, status: goal.status, sessions: rows, totals, trend: trendOf(rows) };
}

/** Progress of every goal, in the goals' order. */
export function goalsProgress(
  goals: readonly Goal[],
  sessions: readonly Session[],
  observations: readonly Observation[],
): GoalProgress[] {
  return [...goals]
    .sort((a, b) => a.order - b.order)
    .map((goal) => goalProgress(goal, sessions, observations));
}

export function countEvidence(observations: readonly Observation[]): EvidenceCounts {
  const counts: EvidenceCounts = { tops: 0, tips: 0, other: 0 };
  for (const o of observations) {
    if (o.kind === 'top') counts.tops++;
    else if (o.kind === 'tip') counts.tips++;
    else counts.other++;
  }
  return counts;
}

/**
 * Compare the balance (tops − tips) / (tops + tips) of the later sessions with the earlier
 * ones; sessions without tops or tips say nothing about the trend.
 */
export function trendOf(rows: readonly EvidenceCounts[]): Trend {
  const scores = rows
    .filter((r) => r.tops + r.tips > 0)
    .map((r) => (r.tops - r.tips) / (r.tops + r.tips));
  if (scores.length < 2) return 'not-enough-data';
  const half = Math.floor(scores.length / 2);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const change = mean(scores.slice(-half)) - mean(scores.slice(0, half));
  if (change >= TREND_THRESHOLD) return 'improving';
  if (change <= -TREND_THRESHOLD) return 'declining';
  return 'steady';
}
