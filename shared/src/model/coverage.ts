import type { RubricItem, SessionTemplate } from './template';
import { countEvidence, type EvidenceCounts } from './goal-progress';
import type { Id, Observation, Session } from './types';

export interface CoverageItem extends EvidenceCounts {
  id: string;
  seen: boolean;
}

export interface SessionCoverage {
  /** One per focus goal of the session, in focus order. */
  goals: CoverageItem[];
  /** One per rubric item of the session's template, in rubric order. */
  rubric: CoverageItem[];
  unseenGoalIds: Id[];
  unseenRubricItemIds: string[];
}

/**
 * Which focus goals and rubric items already have evidence in a running session, and which
 * are still unseen: the live panel shows this so the coach knows what to watch for.
 */
export function sessionCoverage(
  session: Session,
  template: Pick<SessionTemplate, 'rubric'>,
  observations: readonly Observation[],
): SessionCoverage {
  const own = observations.filter((o) => o.sessionId === session.id);
  const item = (id: string, evidence: Observation[]): CoverageItem => {
    const counts = countEvidence(evidence);
    return { id, ...counts, seen: evidence.length > 0 };
  };
  const goals = session.before.focusGoalIds.map((id) =>
    item(
      id,
      own.filter((o) => o.goalId === id),
    ),
  );
  const rubric = template.rubric.map((r: RubricItem) =>
    item(
      r.id,
      own.filter((o) => o.rubricItemId === r.id),
    ),
  );
  return {
    goals,
    rubric,
    unseenGoalIds: goals.filter((g) => !g.seen).map((g) => g.id),
    unseenRubricItemIds: rubric.filter((r) => !r.seen).map((r) => r.id),
  };
}
