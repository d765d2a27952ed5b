import { sessionCoverage } from '../../model/coverage';
import type { Goal, Locale, Observation, Session } from '../../model/types';
import type { RubricItem } from '../../templates';

export interface CoverageRow {
  id: string;
  label: string;
  /** Observations that are evidence for it (linked to the goal or tagged with the item). */
  count: number;
}

/** Labelled rows of the core's `sessionCoverage`: focus goals, then the rubric items. */
export function coverageRows(
  session: Session,
  goals: readonly Goal[],
  rubric: readonly RubricItem[],
  observations: readonly Observation[],
  locale: Locale,
): { goals: CoverageRow[]; rubric: CoverageRow[] } {
  const coverage = sessionCoverage(session, { rubric: [...rubric] }, observations);
  const goalLabel = new Map(goals.map((g) => [g.id, g.statement]));
  const rubricLabel = new Map(rubric.map((r) => [r.id, r.label[locale]]));
  const count = (c: { tops: number; tips: number; other: number }) => c.tops + c.tips + c.other;
  return {
    goals: coverage.goals
      .filter((g) => goalLabel.has(g.id))
      .map((g) => ({ id: g.id, label: goalLabel.get(g.id)!, count: count(g) })),
    rubric: coverage.rubric.map((r) => ({
      id: r.id,
      label: rubricLabel.get(r.id) ?? r.id,
      count: count(r),
    })),
  };
}
