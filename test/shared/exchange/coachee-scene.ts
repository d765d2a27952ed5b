/** One session with a coach, a coachee, shared and private notes: the debrief-with-coachee scene. */
import {
  answerDebrief,
  createAction,
  createGoal,
  createObservation,
  createPerson,
  createResponse,
  createSelfAssessment,
  endSession,
  setFocusGoals,
  type ChangeContext,
  type Session,
  type StoredRecord,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from '../model/fixtures';

export const CANARY = 'CANARY-private-debrief-51e0';

export function scene() {
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
