import { describe, expect, it } from 'vitest';
import {
  answerDebrief,
  createAction,
  createGoal,
  createObservation,
  createPerson,
  createResponse,
  createSelfAssessment,
  debriefForCoachee,
  endSession,
  mergeIntoSharedFile,
  renderSessionMarkdown,
  setFocusGoals,
  type ChangeContext,
  type Session,
  type StoredRecord,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from '../model/fixtures';

const CANARY = 'CANARY-private-debrief-51e0';

function scene() {
  const c = ctxAt(T0, 'coach-laptop');
  const daan = createPerson({ displayName: 'Daan' }, c);
  const marieke = createPerson({ displayName: 'Marieke' }, c);
  const coach: ChangeContext = { ...c, person: marieke.id };
  const junior: ChangeContext = { ...ctxAt(T0, 'junior'), person: daan.id };
  const track = aTrack({ coacheeIds: [daan.id], coachIds: [marieke.id] });
  const goal = createGoal({ trackId: track.id, statement: 'Name things well' }, coach);
  const running = setFocusGoals(runningSession(track), [goal.id], coach);
  const at = (min: number) => new Date(Date.parse(T0) + min * 60_000);
  const obs = (kind: 'top' | 'tip', text: string, visibility: 'shared' | 'private', min: number) =>
    createObservation(running, { kind, text, goalId: goal.id, visibility, at: at(min) }, coach);
  const top = obs('top', 'Clear commit messages', 'shared', 1);
  const tip = obs('tip', 'Magic 3: give the minimum tag length a name', 'shared', 2);
  const secret = obs('tip', CANARY, 'private', 3);
  let session: Session = endSession(running, ctxAt('2026-11-22T10:00:00.000Z'));
  // The coach picked the private note as a tip too: its id must not reach the coachee's page.
  session = {
    ...session,
    after: {
      ...session.after,
      feedback: { topIds: [top.id], tipIds: [tip.id, secret.id] },
    },
  };
  session = answerDebrief(session, { 'help-needed': 'Review my next PR' }, coach);
  const self = createSelfAssessment(
    session,
    { coacheeId: daan.id, ratings: { [goal.id]: 2 }, experience: 'Nervous' },
    junior,
  );
  const action = createAction(
    session,
    { text: 'Extract MIN_TAG_LENGTH', ownerId: daan.id, due: '2026-11-29' },
    coach,
  );
  const reply = createResponse(tip, { kind: 'reply', text: 'Will do' }, junior);
  const records: StoredRecord[] = [
    daan,
    marieke,
    track,
    goal,
    session,
    top,
    tip,
    secret,
    self,
    action,
    reply,
  ];
  return { records, session, top, tip, secret, self, action, reply, goal };
}

describe('debrief with the coachee: shared material only', () => {
  it('gives self-assessment, tops, tips, actions, help needed and goal rows', () => {
    const { records, session, top, tip, self, action, reply, goal } = scene();
    const debrief = debriefForCoachee(records, session.id)!;
    expect(debrief.selfAssessments).toEqual([self]);
    expect(debrief.tops.map((o) => o.id)).toEqual([top.id]);
    expect(debrief.tips.map((o) => o.id)).toEqual([tip.id]);
    expect(debrief.actions.map((a) => a.id)).toEqual([action.id]);
    expect(debrief.helpNeeded).toBe('Review my next PR');
    expect(debrief.responses.map((r) => r.id)).toEqual([reply.id]);
    expect(debrief.goalRows).toEqual([
      {
        goalId: goal.id,
        statement: 'Name things well',
        self: 2,
        coach: { tops: 1, tips: 1, other: 0 },
      },
    ]);
    expect(debrief.people.map((p) => p.displayName).sort()).toEqual(['Daan', 'Marieke']);
  });

  it('never holds the private canary: not its text, not its id; nor does the export or Markdown', () => {
    const { records, session, secret } = scene();
    const debrief = JSON.stringify(debriefForCoachee(records, session.id));
    expect(debrief).not.toContain(CANARY);
    expect(debrief).not.toContain(secret.id);
    const file = mergeIntoSharedFile(undefined, records);
    expect(file).not.toContain(CANARY);
    for (const locale of ['en', 'nl'] as const)
      expect(renderSessionMarkdown(records, session.id, locale)).not.toContain(CANARY);
  });

  it('gives nothing for an unknown session', () => {
    expect(
      debriefForCoachee(scene().records, '0192f000-0000-7000-8000-000000000999'),
    ).toBeUndefined();
  });
});
