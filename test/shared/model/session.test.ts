import { describe, expect, it } from 'vitest';
import {
  CoachingError,
  SESSION_STATUSES,
  SESSION_TRANSITIONS,
  answerPrepQuestions,
  canTransition,
  cancelSession,
  checkPreparation,
  completeSession,
  createSession,
  endSession,
  markUnannounced,
  replanSession,
  sessionBelongsHere,
  sessionDurationMs,
  startReadiness,
  startSession,
  validateRecord,
  type Session,
  clientMeetingObservation,
  growMentoring,
} from '@coaching-notes/shared';
import { aTrack, ctx, ctxAt } from './fixtures';

function keyOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CoachingError) return error.key;
    throw error;
  }
  return 'no error';
}

const plannedObservation = (planned = true): Session =>
  createSession(
    { template: clientMeetingObservation, track: aTrack(), planned, date: '2026-11-25' },
    ctx,
  );

describe('createSession', () => {
  it('builds a planned session from a template with prep answers by question id', () => {
    const track = aTrack();
    const session = createSession(
      {
        template: clientMeetingObservation,
        track,
        date: '2026-11-25',
        answers: { aim: ' Renew the contract ', scenarios: '' },
        context: { kind: 'call', site: 'google-meet', label: 'Acme renewal' },
      },
      ctx,
    );
    expect(session).toMatchObject({
      type: 'session',
      kind: 'observation',
      status: 'planned',
      planned: true,
      templateId: 'client-meeting-observation',
      title: 'Client meeting observation',
      trackId: track.id,
      coacheeIds: track.coacheeIds,
      coachIds: track.coachIds,
      date: '2026-11-25',
      before: { answers: { aim: 'Renew the contract' }, prepCheck: 'unchecked', focusGoalIds: [] },
      during: {},
      after: { debrief: {}, feedback: { topIds: [], tipIds: [] } },
    });
    expect(validateRecord(session).ok).toBe(true);
  });

  it('uses the Dutch template title when asked, and today by default', () => {
    const session = createSession({ template: growMentoring, locale: 'nl', coacheeIds: [] }, ctx);
    expect(session.title).toBe('Mentorgesprek (GROW)');
    expect(session.kind).toBe('conversation');
    expect(session.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses answers to questions the template does not ask', () => {
    expect(
      keyOf(() =>
        createSession({ template: clientMeetingObservation, answers: { nope: 'x' } }, ctx),
      ),
    ).toBe('core.error.unknownQuestion');
  });

  it('merges later prep answers and keeps the id', () => {
    const session = plannedObservation();
    const answered = answerPrepQuestions(
      session,
      clientMeetingObservation,
      { aim: 'Close the deal' },
      ctx,
    );
    const again = answerPrepQuestions(
      answered,
      clientMeetingObservation,
      { 'coach-role': 'Silent' },
      ctx,
    );
    expect(again.id).toBe(session.id);
    expect(again.before.answers).toEqual({ aim: 'Close the deal', 'coach-role': 'Silent' });
  });
});

describe('the prep gate', () => {
  it('a prepared observation may start', () => {
    const prepared = checkPreparation(plannedObservation(), 'prepared', ctx);
    expect(prepared.status).toBe('prepared');
    expect(prepared.before.prepCheck).toBe('prepared');
    expect(startReadiness(prepared)).toEqual({ ready: true, reason: 'prepared' });
    expect(startSession(prepared, ctx).status).toBe('in-progress');
  });

  it('not prepared: the observation is recorded as skipped and cannot start', () => {
    const skipped = checkPreparation(plannedObservation(), 'not-prepared', ctx);
    expect(skipped.status).toBe('skipped');
    expect(skipped.before.prepCheck).toBe('not-prepared');
    expect(startReadiness(skipped)).toEqual({ ready: false, reason: 'not-prepared' });
    expect(keyOf(() => startSession(skipped, ctx))).toBe('core.error.sessionTransition');
  });

  it('an announced observation without a prep check cannot start', () => {
    const session = plannedObservation();
    expect(startReadiness(session)).toEqual({ ready: false, reason: 'needs-prep-check' });
    expect(keyOf(() => startSession(session, ctx))).toBe('core.error.notPrepared');
  });

  it('an unannounced observation starts without a prep check', () => {
    const session = plannedObservation(false);
    expect(startReadiness(session)).toEqual({ ready: true, reason: 'unannounced' });
    expect(startSession(session, ctx).status).toBe('in-progress');
    const marked = markUnannounced(plannedObservation(), ctx);
    expect(marked.planned).toBe(false);
    expect(startSession(marked, ctx).status).toBe('in-progress');
  });

  it('a session found not prepared cannot be turned unannounced to dodge the rule', () => {
    const skipped = checkPreparation(plannedObservation(), 'not-prepared', ctx);
    expect(keyOf(() => markUnannounced(skipped, ctx))).toBe('core.error.unannouncedNotAllowed');
  });

  it('conversations have no gate', () => {
    const session = createSession({ template: growMentoring, coacheeIds: [] }, ctx);
    expect(startReadiness(session)).toEqual({ ready: true, reason: 'no-prep-needed' });
  });

  it('preparation cannot be checked once the session runs', () => {
    const running = startSession(checkPreparation(plannedObservation(), 'prepared', ctx), ctx);
    expect(keyOf(() => checkPreparation(running, 'not-prepared', ctx))).toBe(
      'core.error.prepCheckNotAllowed',
    );
  });
});

describe('start and end', () => {
  it('stamps start and end and walks through debrief to done', () => {
    const start = ctxAt('2026-11-25T13:00:00.000Z');
    const end = ctxAt('2026-11-25T13:47:30.000Z');
    const running = startSession(plannedObservation(false), start);
    expect(running.during.startedAt).toBe('2026-11-25T13:00:00.000Z');
    const ended = endSession(running, end);
    expect(ended.status).toBe('debrief');
    expect(ended.during.endedAt).toBe('2026-11-25T13:47:30.000Z');
    expect(sessionDurationMs(ended, new Date())).toBe(47.5 * 60_000);
    const done = completeSession(ended, end);
    expect(done.status).toBe('done');
    expect(validateRecord(done).ok).toBe(true);
  });

  it('refuses illegal transitions with the statuses named in both languages', () => {
    const session = plannedObservation(false);
    let error: CoachingError | undefined;
    try {
      endSession(session, ctx);
    } catch (e) {
      error = e as CoachingError;
    }
    expect(error?.key).toBe('core.error.sessionTransition');
    expect(error?.message).toBe('A session that is "Planned" cannot become "Debrief".');
    const done = completeSession(endSession(startSession(session, ctx), ctx), ctx);
    expect(keyOf(() => startSession(done, ctx))).toBe('core.error.sessionTransition');
    expect(keyOf(() => cancelSession(done, ctx))).toBe('core.error.sessionTransition');
  });

  it('a cancelled session can be planned again on a new date with a fresh prep check', () => {
    const cancelled = cancelSession(checkPreparation(plannedObservation(), 'prepared', ctx), ctx);
    const replanned = replanSession(cancelled, '2026-12-02', ctx);
    expect(replanned).toMatchObject({
      status: 'planned',
      date: '2026-12-02',
      before: { prepCheck: 'unchecked' },
    });
  });

  it('the transition table only names real statuses and done is final', () => {
    for (const [from, targets] of Object.entries(SESSION_TRANSITIONS)) {
      expect(SESSION_STATUSES).toContain(from);
      for (const to of targets) expect(SESSION_STATUSES).toContain(to);
    }
    expect(SESSION_STATUSES.some((to) => canTransition('done', to))).toBe(false);
  });
});

describe('sessionBelongsHere: a session belongs to the call or record it started on', () => {
  const ctx = { actor: 'a', now: new Date('2026-03-02T09:00:00Z') };
  const on = (context?: Session['context']) =>
    createSession({ template: clientMeetingObservation, ...(context ? { context } : {}) }, ctx);
  const meetA = {
    kind: 'call' as const,
    site: 'google-meet',
    url: 'https://meet.google.com/abc-defg-hij',
    label: 'Weekly sales sync',
  };

  it('is at home on its own call, also after a reload with another fragment or a trailing slash', () => {
    expect(sessionBelongsHere(on(meetA), meetA)).toBe(true);
    expect(
      sessionBelongsHere(on(meetA), { ...meetA, url: 'https://meet.google.com/abc-defg-hij/#x' }),
    ).toBe(true);
    // The title may not be read yet when the panel opens.
    expect(sessionBelongsHere(on(meetA), { ...meetA, label: '' })).toBe(true);
  });

  it('is not at home on another call, another site or another Teams meeting', () => {
    expect(
      sessionBelongsHere(on(meetA), { ...meetA, url: 'https://meet.google.com/xyz-abcd-efg' }),
    ).toBe(false);
    expect(sessionBelongsHere(on(meetA), { ...meetA, site: 'teams' })).toBe(false);
    const teams = { kind: 'call' as const, site: 'teams', url: 'https://teams.microsoft.com/v2/' };
    expect(
      sessionBelongsHere(on({ ...teams, label: 'Daan · client call' }), {
        ...teams,
        label: 'Marieke · pipeline review',
      }),
    ).toBe(false);
  });

  it('where either side has no page (VS Code, a panel showing no page) the session is at home', () => {
    expect(sessionBelongsHere(on(meetA), undefined)).toBe(true);
    expect(sessionBelongsHere(on(), meetA)).toBe(true);
    expect(sessionBelongsHere(on(), undefined)).toBe(true);
  });
});
