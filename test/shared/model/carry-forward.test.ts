import { describe, expect, it } from 'vitest';
import {
  carriedForward,
  carryForwardText,
  completeSession,
  createAction,
  createSession,
  endSession,
  isHeld,
  openActionsForSession,
  setActionStatus,
  timesCarried,
  trackProgress,
  type Session,
  createMemoryStore,
  loadBoard,
  coachingConversation,
} from '@coaching-notes/shared';
import { aTrack, ctxAt, runningSession } from './fixtures';

const track = aTrack();
const first = runningSession(track, '2026-11-01', '2026-11-01T09:00:00.000Z');
const second = runningSession(track, '2026-11-15', '2026-11-15T09:00:00.000Z');
const third = createSession(
  { template: coachingConversation, track, date: '2026-11-29' },
  ctxAt('2026-11-15T10:00:00.000Z'),
);
const elsewhere = runningSession(aTrack(), '2026-11-02', '2026-11-02T09:00:00.000Z');
const sessions = [third, second, first, elsewhere];

const a1 = createAction(
  first,
  { text: 'Prepare questions', due: '2026-11-10' },
  ctxAt('2026-11-01T10:00:00.000Z'),
);
const a2 = createAction(
  first,
  { text: 'Read the account plan' },
  ctxAt('2026-11-01T10:01:00.000Z'),
);
// Done during the second session: it was carried into it, but not into the third.
const a3 = setActionStatus(
  createAction(first, { text: 'Book the follow-up' }, ctxAt('2026-11-01T10:02:00.000Z')),
  'done',
  ctxAt('2026-11-15T09:30:00.000Z'),
);
// Dropped before the second session started: carried nowhere.
const a4 = setActionStatus(
  createAction(first, { text: 'Old idea' }, ctxAt('2026-11-01T10:03:00.000Z')),
  'dropped',
  ctxAt('2026-11-05T09:00:00.000Z'),
);
const b1 = createAction(
  second,
  { text: 'Try the silence trick', due: '2026-11-20' },
  ctxAt('2026-11-15T10:00:00.000Z'),
);
const other = createAction(elsewhere, { text: 'Other track' }, ctxAt('2026-11-02T10:00:00.000Z'));
const actions = [b1, a4, a3, a2, a1, other];

describe('openActionsForSession', () => {
  it('lists open actions of earlier sessions of the same track, by due date', () => {
    expect(openActionsForSession(third, sessions, actions).map((a) => a.text)).toEqual([
      'Prepare questions',
      'Try the silence trick',
      'Read the account plan',
    ]);
  });

  it('shows what a past session carried, including actions closed during it', () => {
    expect(openActionsForSession(second, sessions, actions).map((a) => a.text)).toEqual([
      'Prepare questions',
      'Read the account plan',
      'Book the follow-up',
    ]);
  });

  it('the first session of a track, and a session without a track, carry nothing', () => {
    expect(openActionsForSession(first, sessions, actions)).toEqual([]);
    const loose = createSession(
      { template: coachingConversation, coacheeIds: [] },
      ctxAt('2026-11-20T09:00:00.000Z'),
    );
    expect(openActionsForSession(loose, [...sessions, loose], actions)).toEqual([]);
  });
});

describe('carriedForward', () => {
  it('hands still-open actions from this and earlier sessions to the next session', () => {
    const result = carriedForward(second, sessions, actions);
    expect(result.fromSessionId).toBe(second.id);
    expect(result.toSessionId).toBe(third.id);
    expect(result.actions.map((a) => a.text)).toEqual([
      'Prepare questions',
      'Try the silence trick',
      'Read the account plan',
    ]);
    expect(result.newActionIds).toEqual([b1.id]);
  });

  it('has no target when no next session is planned yet', () => {
    expect(carriedForward(third, sessions, actions).toSessionId).toBeUndefined();
  });

  it('says it in both languages', () => {
    expect(carryForwardText(3, 'en')).toBe('Carried over from earlier sessions: 3');
    expect(carryForwardText(0, 'nl')).toBe('Geen open acties uit eerdere sessies');
  });
});

describe('timesCarried: held sessions of the track after the action was agreed', () => {
  const inDebrief = endSession(second, ctxAt('2026-11-15T10:00:00.000Z'));
  const held = completeSession(inDebrief, ctxAt('2026-11-15T11:00:00.000Z'));
  const agreed = (s: Session) => createAction(s, { text: 'x' }, ctxAt('2026-11-01T10:00:00.000Z'));

  it('counts a session in its debrief as held, as track progress does', () => {
    expect(timesCarried(agreed(first), [first, inDebrief, third, elsewhere])).toBe(1);
    expect(trackProgress(track, [first, inDebrief, third], '2026-11-20').held).toBe(1);
    expect([first, inDebrief, third].map(isHeld)).toEqual([false, true, false]);
  });

  it('counts done sessions, not planned or running ones, nor the session it was agreed in', () => {
    expect(timesCarried(agreed(first), [first, held, third])).toBe(1);
    expect(timesCarried(agreed(first), [first, second, third])).toBe(0);
  });
});

describe('the actions board uses the model rule', () => {
  it('shows an action as carried once when the next session of its track is in its debrief', async () => {
    const store = createMemoryStore();
    const first = endSession(
      runningSession(track, '2026-11-01', '2026-11-01T09:00:00.000Z'),
      ctxAt('2026-11-01T10:00:00.000Z'),
    );
    const next = endSession(
      runningSession(track, '2026-11-15', '2026-11-15T09:00:00.000Z'),
      ctxAt('2026-11-15T10:00:00.000Z'),
    );
    const action = createAction(first, { text: 'Practise' }, ctxAt('2026-11-01T10:05:00.000Z'));
    await store.putMany([track, first, next, action]);
    const [item] = await loadBoard(store, new Date('2026-11-16T12:00:00Z'));
    expect(item?.carried).toBe(1);
  });
});
