import {
  createObservation,
  createPerson,
  createSession,
  createTrack,
  startSession,
  checkPreparation,
  type ChangeContext,
  type NewObservation,
  type Observation,
  type Session,
  type Track,
  clientMeetingObservation,
} from '@coaching-notes/shared';

/** A change context at a fixed moment, so tests are deterministic. */
export function ctxAt(iso: string, actor = 'replica-a'): ChangeContext {
  return { actor, now: new Date(iso) };
}

export const T0 = '2026-11-22T09:00:00.000Z';
export const ctx = ctxAt(T0);

export function aTrack(overrides: Partial<Parameters<typeof createTrack>[0]> = {}): Track {
  const coachee = createPerson({ displayName: 'Sanne' }, ctx);
  const coach = createPerson({ displayName: 'Pieter' }, ctx);
  return createTrack(
    {
      kind: 'on-the-job',
      title: 'Client calls',
      coacheeIds: [coachee.id],
      coachIds: [coach.id],
      ...overrides,
    },
    ctx,
  );
}

/** A prepared, started client-meeting observation in `track`. */
export function runningSession(track: Track, date = '2026-11-22', startIso = T0): Session {
  const planned = createSession(
    { template: clientMeetingObservation, track, date },
    ctxAt(startIso),
  );
  const prepared = checkPreparation(planned, 'prepared', ctxAt(startIso));
  return startSession(prepared, ctxAt(startIso));
}

export function observe(
  session: Session,
  kind: NewObservation['kind'],
  text: string,
  extra: Partial<NewObservation> = {},
  iso?: string,
): Observation {
  const at = iso ?? new Date(Date.parse(session.during.startedAt ?? T0) + 60_000).toISOString();
  return createObservation(session, { kind, text, ...extra }, ctxAt(at));
}

/**
 * A peer-coaching group: Sam is observed in the session, Marieke coaches, Daan is a peer in the
 * track only.
 */
export function salesPeers(at: ChangeContext = ctx) {
  const sam = createPerson({ displayName: 'Sam Peeters', role: 'account manager' }, at);
  const marieke = createPerson({ displayName: 'Marieke de Vries', role: 'sales manager' }, at);
  const daan = createPerson({ displayName: 'Daan Bakker', role: 'account manager' }, at);
  const track = createTrack(
    {
      kind: 'intervision',
      title: 'Sales peers',
      coacheeIds: [sam.id, daan.id],
      coachIds: [marieke.id],
      status: 'active',
    },
    at,
  );
  const session = createSession(
    { template: clientMeetingObservation, track, coacheeIds: [sam.id] },
    at,
  );
  return { sam, marieke, daan, track, session };
}
