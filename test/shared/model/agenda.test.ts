import { describe, expect, it } from 'vitest';
import {
  actionAgenda,
  agendaDueOn,
  agendaLookbackStart,
  agendaPersonIds,
  buildAgenda,
  completeSession,
  createAction,
  createSession,
  endSession,
  startSession,
  trackAgenda,
  trackNeedsSessions,
  type Action,
  type Session,
  type Track,
  coachingConversation,
} from '@coaching-notes/shared';
import { aTrack, ctxAt } from './fixtures';

function held(track: Track, date: string): Session {
  const at = ctxAt(`${date}T10:00:00.000Z`);
  const planned = createSession({ template: coachingConversation, track, date }, at);
  return completeSession(endSession(startSession(planned, at), at), at);
}

function actionDue(track: Track, due: string | undefined, status: Action['status'] = 'open') {
  const session = held(track, '2026-10-01');
  const action = createAction(
    session,
    due ? { text: `Due ${due}`, due } : { text: 'No date' },
    ctxAt('2026-10-01T11:00:00.000Z'),
  );
  return { ...action, status };
}

const track = aTrack({
  status: 'active',
  startDate: '2026-09-01',
  cadence: { kind: 'fortnightly' },
  followUpDates: ['2026-10-10', '2026-10-25', '2026-12-01'],
});
const sessions = [held(track, '2026-10-01')];

describe('trackAgenda', () => {
  it('lists follow-ups in the window and the next check-in by cadence', () => {
    expect(
      trackAgenda(track, sessions, '2026-10-12', '2026-10-31').map((i) => [i.kind, i.due]),
    ).toEqual([
      ['follow-up', '2026-10-25'],
      ['check-in', '2026-10-15'],
    ]);
  });
  it('keeps an overdue check-in but leaves past follow-ups out', () => {
    const items = trackAgenda(track, sessions, '2026-10-20', '2026-10-20');
    expect(items).toEqual([{ kind: 'check-in', due: '2026-10-15', overdue: true, track }]);
  });
  it('leaves out a check-in after the window, and everything of a closed track', () => {
    expect(trackAgenda(track, sessions, '2026-10-02', '2026-10-09')).toEqual([]);
    const closed: Track = { ...track, status: 'closed' };
    expect(trackAgenda(closed, sessions, '2026-10-12', '2026-12-31')).toEqual([]);
    expect(trackNeedsSessions(closed)).toBe(false);
    expect(trackNeedsSessions(track)).toBe(true);
    expect(trackNeedsSessions({ ...track, cadence: undefined })).toBe(false);
  });
});

describe('actionAgenda', () => {
  it('takes open actions with a due date up to the window end, overdue before today', () => {
    expect(actionAgenda(actionDue(track, '2026-10-05'), '2026-10-12', '2026-10-31')).toMatchObject({
      kind: 'action',
      due: '2026-10-05',
      overdue: true,
    });
    expect(actionAgenda(actionDue(track, '2026-10-31'), '2026-10-12', '2026-10-31')?.overdue).toBe(
      false,
    );
    expect(
      actionAgenda(actionDue(track, '2026-11-01'), '2026-10-12', '2026-10-31'),
    ).toBeUndefined();
    expect(actionAgenda(actionDue(track, undefined), '2026-10-12', '2026-10-31')).toBeUndefined();
    expect(
      actionAgenda(actionDue(track, '2026-10-20', 'done'), '2026-10-12', '2026-10-31'),
    ).toBeUndefined();
  });
});

describe('buildAgenda', () => {
  const action = actionDue(track, '2026-10-15');
  const sources = {
    tracks: [track],
    sessionsByTrack: new Map([[track.id, sessions]]),
    actions: [action],
  };
  it('merges tracks and actions sorted by due date, and names whom each item is about', () => {
    const agenda = buildAgenda(sources, '2026-10-12', '2026-10-31');
    expect(agenda.map((i) => [i.kind, i.due])).toEqual([
      ['check-in', '2026-10-15'],
      ['action', '2026-10-15'],
      ['follow-up', '2026-10-25'],
    ]);
    expect(agendaPersonIds(agenda[0]!)).toEqual(track.coacheeIds);
    expect(agendaPersonIds(agenda[1]!)).toEqual(action.coacheeIds);
  });
  it('picks what is due on one day, not what became overdue before it', () => {
    expect(
      agendaDueOn(buildAgenda(sources, '2026-10-15', '2026-10-15'), '2026-10-15'),
    ).toHaveLength(2);
    expect(agendaDueOn(buildAgenda(sources, '2026-10-16', '2026-10-16'), '2026-10-16')).toEqual([]);
  });
  it('without the sessions of a cadence track, counts from its start date', () => {
    const agenda = buildAgenda(
      { ...sources, sessionsByTrack: new Map() },
      '2026-09-10',
      '2026-09-20',
    );
    expect(agenda.map((i) => [i.kind, i.due])).toEqual([['check-in', '2026-09-15']]);
  });
  it('looks 400 days back for the last held check-in', () => {
    expect(agendaLookbackStart('2026-10-12')).toBe('2025-09-07');
  });
});
