import { describe, expect, it } from 'vitest';
import {
  createGoal,
  sessionCoverage,
  setFocusGoals,
  clientMeetingObservation,
} from '@coaching-notes/shared';
import { aTrack, ctx, observe, runningSession } from './fixtures';

describe('sessionCoverage', () => {
  const track = aTrack();
  const g1 = createGoal({ trackId: track.id, statement: 'Open with an agenda' }, ctx);
  const g2 = createGoal({ trackId: track.id, statement: 'Handle objections calmly' }, ctx);
  const session = setFocusGoals(runningSession(track), [g1.id, g2.id], ctx);
  const other = runningSession(track, '2026-11-29', '2026-11-29T09:00:00.000Z');
  const observations = [
    observe(session, 'top', 'Clear agenda', { goalId: g1.id, rubricItemId: 'opening' }),
    observe(session, 'tip', 'Check the agenda with the client', {
      goalId: g1.id,
      rubricItemId: 'opening',
    }),
    observe(session, 'question', 'Why skip the budget?', { rubricItemId: 'needs' }),
    observe(other, 'top', 'Other session', { goalId: g2.id, rubricItemId: 'objections' }),
  ];

  it('shows which focus goals and rubric items have evidence and which are unseen', () => {
    const coverage = sessionCoverage(session, clientMeetingObservation, observations);
    expect(coverage.goals).toEqual([
      { id: g1.id, tops: 1, tips: 1, other: 0, seen: true },
      { id: g2.id, tops: 0, tips: 0, other: 0, seen: false },
    ]);
    expect(coverage.unseenGoalIds).toEqual([g2.id]);
    expect(coverage.rubric.map((r) => r.id)).toEqual(
      clientMeetingObservation.rubric.map((r) => r.id),
    );
    expect(coverage.rubric.find((r) => r.id === 'needs')).toMatchObject({ other: 1, seen: true });
    expect(coverage.unseenRubricItemIds).toEqual([
      'questions',
      'objections',
      'clarity',
      'rapport',
      'time',
      'next-steps',
    ]);
  });
});
