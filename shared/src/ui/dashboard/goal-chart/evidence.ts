import type { Goal, Observation, Session } from '../../../model/types';

export interface EvidencePoint {
  session: Session;
  tops: number;
  tips: number;
}

export interface GoalEvidence {
  goal: Goal;
  points: EvidencePoint[];
}

/**
 * Tops and tips linked to each goal, per session of the track, in session order. Sessions
 * that were skipped or cancelled have no evidence and are left out.
 */
export function evidencePerGoal(
  goals: readonly Goal[],
  sessions: readonly Session[],
  observations: readonly Observation[],
): GoalEvidence[] {
  const held = sessions.filter((s) => s.status !== 'skipped' && s.status !== 'cancelled' && s.status !== 'planned');
  const counts = new Map<string, { tops: number; tips: number }>();
  for (const o of observations) {
    if (!o.goalId || (o.kind !== 'top' && o.kind !== 'tip')) continue;
    const key = `${o.goalId}|${o.sessionId}`;
    const c = counts.get(key) ?? { tops: 0, tips: 0 };
    if (o.kind === 'top') c.tops += 1;
    else c.tips += 1;
    counts.set(key, c);
  }
  return [...goals]
    .sort((a, b) => a.order - b.order)
    .map((goal) => ({
      goal,
      points: held.map((session) => ({ session, ...(counts.get(`${goal.id}|${session.id}`) ?? { tops: 0, tips: 0 }) })),
    }));
}
