import { describe, expect, it } from 'vitest';
import {
  type CoachingError,
  applyFeedback,
  composeFeedback,
  feedbackBalance,
  feedbackWarningText,
  setFocusGoals,
  suggestFeedbackPick,
} from '@coaching-notes/shared';
import { aTrack, ctx, observe, runningSession } from './fixtures';

const track = aTrack();
const session = runningSession(track);
const other = runningSession(track, '2026-11-29', '2026-11-29T09:00:00.000Z');
const top1 = observe(session, 'top', 'Strong opening', {}, '2026-11-22T09:01:00.000Z');
const top2 = observe(session, 'top', 'Asked about the budget', {}, '2026-11-22T09:03:00.000Z');
const tip1 = observe(session, 'tip', 'Let the client finish', {}, '2026-11-22T09:02:00.000Z');
const tip2 = observe(session, 'tip', 'Summarise before proposing', {}, '2026-11-22T09:04:00.000Z');
const tip3 = observe(session, 'tip', 'Name a next step', {}, '2026-11-22T09:05:00.000Z');
const fact = observe(session, 'fact', 'Client joined late');
const foreign = observe(other, 'top', 'Other session');
const all = [top1, top2, tip1, tip2, tip3, fact, foreign];

describe('composeFeedback', () => {
  it('puts tops first, in the order picked, then the tips', () => {
    const composed = composeFeedback(session, all, {
      tipIds: [tip2.id],
      topIds: [top2.id, top1.id],
      note: '  Well done overall ',
    });
    expect(composed.items.map((o) => o.id)).toEqual([top2.id, top1.id, tip2.id]);
    expect(composed.feedback).toEqual({
      topIds: [top2.id, top1.id],
      tipIds: [tip2.id],
      note: 'Well done overall',
    });
    expect(composed.warnings).toEqual([]);
  });

  it('warns when there are no tops', () => {
    const { warnings } = composeFeedback(session, all, { topIds: [], tipIds: [tip1.id] });
    expect(warnings).toEqual([{ code: 'no-tops' }]);
  });

  it('warns when more than two tips are picked and when tips outnumber tops', () => {
    const { warnings } = composeFeedback(session, all, {
      topIds: [top1.id],
      tipIds: [tip1.id, tip2.id, tip3.id],
    });
    expect(warnings).toEqual([
      { code: 'too-many-tips', count: 3 },
      { code: 'tips-outnumber-tops', tips: 3, tops: 1 },
    ]);
  });

  it('two tops and two tips is balanced', () => {
    expect(feedbackBalance(2, 2)).toEqual([]);
    expect(feedbackBalance(1, 2)).toEqual([{ code: 'tips-outnumber-tops', tips: 2, tops: 1 }]);
    expect(feedbackBalance(0, 0)).toEqual([{ code: 'no-tops' }]);
  });

  it('refuses observations of another session, of the wrong kind, or picked twice', () => {
    const keyOf = (pick: { topIds: string[]; tipIds: string[] }) => {
      try {
        composeFeedback(session, all, pick);
      } catch (error) {
        return (error as CoachingError).key;
      }
      return 'no error';
    };
    expect(keyOf({ topIds: [foreign.id], tipIds: [] })).toBe('core.error.feedbackPickUnknown');
    expect(keyOf({ topIds: [tip1.id], tipIds: [] })).toBe('core.error.feedbackPickKind');
    expect(keyOf({ topIds: [fact.id], tipIds: [] })).toBe('core.error.feedbackPickKind');
    expect(keyOf({ topIds: [top1.id], tipIds: [top1.id] })).toBe('core.error.feedbackPickTwice');
  });

  it('words the warnings in both languages', () => {
    expect(feedbackWarningText({ code: 'too-many-tips', count: 4 }, 'en')).toContain('4 tips');
    expect(feedbackWarningText({ code: 'tips-outnumber-tops', tips: 3, tops: 1 }, 'nl')).toBe(
      'Meer tips (3) dan tops (1). Zorg voor evenwicht en benoem ook sterktes.',
    );
  });
});

describe('suggestFeedbackPick and applyFeedback', () => {
  it('suggests every top in time order and the two tips on focus goals first', () => {
    const goalId = '01937f7e-0000-7000-8000-000000000001';
    const focused = setFocusGoals(session, [goalId], ctx);
    const onGoal = observe(
      focused,
      'tip',
      'Ask for the decision maker',
      { goalId },
      '2026-11-22T09:30:00.000Z',
    );
    const pick = suggestFeedbackPick(focused, [...all, onGoal]);
    expect(pick.topIds).toEqual([top1.id, top2.id]);
    expect(pick.tipIds).toEqual([onGoal.id, tip1.id]);
  });

  it('stores the feedback on the session and returns the warnings', () => {
    const { session: updated, warnings } = applyFeedback(
      session,
      all,
      { topIds: [], tipIds: [tip1.id] },
      ctx,
    );
    expect(updated.id).toBe(session.id);
    expect(updated.after.feedback).toEqual({ topIds: [], tipIds: [tip1.id] });
    expect(warnings.map((w) => w.code)).toEqual(['no-tops']);
  });
});
