import { describe, expect, it } from 'vitest';
import {
  checkPreparation,
  createGoal,
  createSession,
  goalProgress,
  goalsProgress,
  setFocusGoals,
  trendOf,
  type Observation,
  type Session,
  clientMeetingObservation,
} from '@coaching-notes/shared';
import { aTrack, ctx, observe, runningSession } from './fixtures';

const track = aTrack();
const goal = createGoal(
  { trackId: track.id, statement: 'Handle objections calmly', order: 1 },
  ctx,
);
const otherGoal = createGoal(
  { trackId: track.id, statement: 'Close with next steps', order: 0 },
  ctx,
);

function sessionWith(date: string, focus: string[]): Session {
  return setFocusGoals(runningSession(track, date, `${date}T09:00:00.000Z`), focus, ctx);
}

describe('goalProgress', () => {
  const s1 = sessionWith('2026-10-01', [goal.id]);
  const s2 = sessionWith('2026-10-15', [goal.id]);
  const s3 = sessionWith('2026-10-29', [otherGoal.id]);
  const s4 = sessionWith('2026-11-12', []);
  const focusOnly = sessionWith('2026-11-26', [goal.id]);
  const skipped = checkPreparation(
    setFocusGoals(
      createSession({ template: clientMeetingObservation, track, date: '2026-12-03' }, ctx),
      [goal.id],
      ctx,
    ),
    'not-prepared',
    ctx,
  );
  const sessions = [focusOnly, s4, s3, s2, s1, skipped];
  const evidence: Observation[] = [
    observe(s1, 'tip', 'Got defensive', { goalId: goal.id }),
    observe(s1, 'tip', 'Interrupted', { goalId: goal.id }),
    observe(s1, 'top', 'Stayed polite', { goalId: goal.id }),
    observe(s2, 'top', 'Asked what worried them', { goalId: goal.id }),
    observe(s2, 'question', 'Why not offer the discount?', { goalId: goal.id }),
    observe(s3, 'top', 'Closed well', { goalId: otherGoal.id }),
    observe(s4, 'top', 'Calm answer on price', { goalId: goal.id }),
    observe(s4, 'top', 'Explored the concern', { goalId: goal.id }),
    observe(s4, 'fact', 'No goal'),
  ];

  it('counts tops, tips and other evidence per session, oldest first', () => {
    const progress = goalProgress(goal, sessions, evidence);
    expect(progress.sessions).toEqual([
      { sessionId: s1.id, date: '2026-10-01', tops: 1, tips: 2, other: 0 },
      { sessionId: s2.id, date: '2026-10-15', tops: 1, tips: 0, other: 1 },
      { sessionId: s4.id, date: '2026-11-12', tops: 2, tips: 0, other: 0 },
      { sessionId: focusOnly.id, date: '2026-11-26', tops: 0, tips: 0, other: 0 },
    ]);
    expect(progress.totals).toEqual({ tops: 4, tips: 2, other: 1 });
    expect(progress.trend).toBe('improving');
    expect(progress.status).toBe('open');
  });

  it('orders several goals by their order field', () => {
    expect(goalsProgress([goal, otherGoal], sessions, evidence).map((p) => p.goalId)).toEqual([
      otherGoal.id,
      goal.id,
    ]);
  });
});

describe('trendOf', () => {
  const row = (tops: number, tips: number) => ({ tops, tips, other: 0 });
  it('needs two sessions with tops or tips', () => {
    expect(trendOf([])).toBe('not-enough-data');
    expect(trendOf([row(1, 1), row(0, 0)])).toBe('not-enough-data');
  });
  it('sees improvement, decline and steadiness', () => {
    expect(trendOf([row(0, 2), row(2, 0)])).toBe('improving');
    expect(trendOf([row(3, 0), row(1, 2)])).toBe('declining');
    expect(trendOf([row(2, 1), row(3, 1), row(2, 1)])).toBe('steady');
  });
});
