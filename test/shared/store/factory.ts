/**
 * Small local record builders for the store and schema tests, independent of the model's
 * creation helpers so these tests do not move when those do.
 */
import {
  newId,
  type Action,
  type Goal,
  type Id,
  type Observation,
  type Person,
  type Session,
  type Track,
} from '@coaching-notes/shared';

export const ACTOR = 'a1b2c3d4e5f60718';
export const T0 = '2026-01-15T09:00:00.000Z';

function base(at: string = T0) {
  return { id: newId(new Date(at)), createdAt: at, updatedAt: at, rev: { [ACTOR]: 1 } };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    type: 'person',
    ...base(),
    displayName: 'Sam Jansen',
    role: 'account manager',
    ...overrides,
  };
}

export function track(coacheeIds: Id[], coachIds: Id[], overrides: Partial<Track> = {}): Track {
  return {
    type: 'track',
    ...base(),
    kind: 'on-the-job',
    title: 'Client calls',
    coacheeIds,
    coachIds,
    status: 'active',
    followUpDates: [],
    ...overrides,
  };
}

export function goal(trackId: Id, overrides: Partial<Goal> = {}): Goal {
  return {
    type: 'goal',
    ...base(),
    trackId,
    statement: 'Open calls with a clear agenda',
    successCriterion: 'Agenda stated in the first two minutes of 4 of 5 calls',
    status: 'open',
    order: 0,
    ...overrides,
  };
}

export function session(
  coacheeIds: Id[],
  coachIds: Id[],
  overrides: Partial<Session> = {},
): Session {
  return {
    type: 'session',
    ...base(),
    kind: 'observation',
    coacheeIds,
    coachIds,
    title: 'Renewal call Acme',
    templateId: 'client-meeting',
    planned: true,
    status: 'planned',
    date: '2026-01-20',
    before: {
      answers: { aim: 'Agree the renewal terms' },
      prepCheck: 'prepared',
      focusGoalIds: [],
    },
    during: {},
    after: { debrief: {}, feedback: { topIds: [], tipIds: [] } },
    ...overrides,
  };
}

export function observation(s: Session, overrides: Partial<Observation> = {}): Observation {
  return {
    type: 'observation',
    ...base(),
    sessionId: s.id,
    ...(s.trackId ? { trackId: s.trackId } : {}),
    coacheeIds: [...s.coacheeIds],
    kind: 'top',
    text: 'Summarised the client question before answering',
    at: `${s.date}T10:05:00.000Z`,
    offsetMs: 300_000,
    visibility: 'private',
    ...overrides,
  };
}

export function action(s: Session, overrides: Partial<Action> = {}): Action {
  return {
    type: 'action',
    ...base(),
    text: 'Send the agenda a day ahead',
    status: 'open',
    sessionId: s.id,
    ...(s.trackId ? { trackId: s.trackId } : {}),
    coacheeIds: [...s.coacheeIds],
    ...overrides,
  };
}

/** One coachee's small world: a track with a goal, a session, an observation and an action. */
export function world(coach: Person = person({ displayName: 'Coach Kim' })) {
  const coachee = person();
  const t = track([coachee.id], [coach.id]);
  const g = goal(t.id);
  const s = session([coachee.id], [coach.id], { trackId: t.id });
  const o = observation(s);
  const a = action(s, { ownerId: coachee.id });
  return { coach, coachee, track: t, goal: g, session: s, observation: o, action: a };
}
