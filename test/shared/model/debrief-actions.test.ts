import { describe, expect, it } from 'vitest';
import {
  DEBRIEF_QUESTION_IDS,
  CoachingError,
  actionsFromDebrief,
  answerDebrief,
  createAction,
  draftActionsFromDebrief,
  endSession,
  setActionStatus,
  unansweredDebriefQuestions,
  validateRecord,
} from '@coaching-notes/shared';
import { aTrack, ctx, ctxAt, runningSession } from './fixtures';

const track = aTrack();
const debriefing = endSession(runningSession(track), ctxAt('2026-11-22T10:00:00.000Z'));

describe('the debrief', () => {
  it('has the seven fixed questions in order', () => {
    expect(DEBRIEF_QUESTION_IDS).toEqual([
      'coachee-experience',
      'coach-experience',
      'seen-and-heard',
      'went-well',
      'can-be-better',
      'actions',
      'help-needed',
    ]);
  });

  it('merges answers, trims them and lists what is still open', () => {
    const one = answerDebrief(debriefing, { 'coachee-experience': ' Nervous at the start ' }, ctx);
    const two = answerDebrief(one, { 'went-well': 'Clear agenda' }, ctx);
    expect(two.after.debrief).toEqual({
      'coachee-experience': 'Nervous at the start',
      'went-well': 'Clear agenda',
    });
    expect(unansweredDebriefQuestions(two)).toEqual([
      'coach-experience',
      'seen-and-heard',
      'can-be-better',
      'actions',
      'help-needed',
    ]);
  });

  it('refuses questions outside the fixed debrief', () => {
    expect(() => answerDebrief(debriefing, { mood: 'fine' } as never, ctx)).toThrow(CoachingError);
  });
});

describe('actions from the debrief', () => {
  const answered = answerDebrief(
    debriefing,
    {
      actions:
        '- Prepare three open questions\n\n2. Send the summary within a day\n[ ] Ask for a referral',
    },
    ctx,
  );

  it('reads one action per line without list markers', () => {
    expect(draftActionsFromDebrief(answered)).toEqual([
      'Prepare three open questions',
      'Send the summary within a day',
      'Ask for a referral',
    ]);
  });

  it('creates open actions owned by the coachee, linked to session and track', () => {
    const actions = actionsFromDebrief(answered, ctx);
    expect(actions).toHaveLength(3);
    for (const action of actions) {
      expect(action).toMatchObject({
        status: 'open',
        sessionId: answered.id,
        trackId: track.id,
        ownerId: track.coacheeIds[0],
        coacheeIds: track.coacheeIds,
      });
      expect(validateRecord(action).ok).toBe(true);
    }
  });

  it('takes explicit items with owner, due date and source observation', () => {
    const observationId = '01937f7e-0000-7000-8000-00000000000a';
    const [action] = actionsFromDebrief(answered, ctx, [
      {
        text: 'Practise the price talk',
        ownerId: track.coachIds[0],
        due: '2026-12-01',
        observationId,
      },
    ]);
    expect(action).toMatchObject({ ownerId: track.coachIds[0], due: '2026-12-01', observationId });
  });
});

describe('setActionStatus', () => {
  const action = createAction(debriefing, { text: 'Send summary', due: '2026-11-30' }, ctx);

  it('stamps closedAt when done or dropped and clears it when reopened', () => {
    const done = setActionStatus(action, 'done', ctxAt('2026-11-28T08:00:00.000Z'));
    expect(done).toMatchObject({ status: 'done', closedAt: '2026-11-28T08:00:00.000Z' });
    const reopened = setActionStatus(done, 'open', ctx);
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('closedAt');
    expect(setActionStatus(action, 'dropped', ctx).closedAt).toBe(ctx.now.toISOString());
  });

  it('leaves the record alone when the status does not change', () => {
    expect(setActionStatus(action, 'open', ctx)).toBe(action);
  });

  it('refuses an invalid due date', () => {
    expect(() => createAction(debriefing, { text: 'x', due: '30-11-2026' }, ctx)).toThrow(
      CoachingError,
    );
  });
});
