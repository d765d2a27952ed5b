import {
  createObservation,
  createPerson,
  createSession,
  createTrack,
  pairProgrammingSession,
  startSession,
  type ChangeContext,
  type Observation,
  type Person,
  type Session,
  type Track,
} from '@coaching-notes/shared';

export const ctx = (minute = 0): ChangeContext => ({
  actor: 'a1b2c3d4e5f60718',
  now: new Date(Date.UTC(2026, 10, 22, 9, minute)),
});

export interface PairingFixture {
  person: Person;
  track: Track;
  session: Session;
  note: Observation;
}

/** A coachee, a pair-programming track, a running session and one code-anchored top. */
export function pairingFixture(): PairingFixture {
  const person = createPerson({ displayName: 'Sam' }, ctx());
  const track = createTrack(
    { kind: 'pair-programming', title: 'Pairing with Sam', coacheeIds: [person.id], coachIds: [] },
    ctx(),
  );
  const session = startSession(
    createSession({ template: pairProgrammingSession, track }, ctx()),
    ctx(1),
  );
  const note = createObservation(
    session,
    {
      kind: 'top',
      text: 'Wrote the failing test first',
      anchor: {
        kind: 'code',
        file: 'src/total.ts',
        range: { startLine: 3, startCharacter: 0, endLine: 3, endCharacter: 22 },
        fingerprint: 'v1:1:00000000:00000000',
      },
    },
    ctx(5),
  );
  return { person, track, session, note };
}

/** A three-line TypeScript file for the code-server tests (notes on lines 1 and 2). */
export const THREE_LINE_SAMPLE = [
  'const load = getLoad();',
  'const spare = 100 - load;',
  'export { spare };',
  '',
].join('\n');
