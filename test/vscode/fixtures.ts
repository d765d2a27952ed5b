import { fingerprintOf, splitLines } from '../../extension-vscode/src/anchors';
import {
  claimActor,
  createGoal,
  createObservation,
  createPerson,
  createSession,
  createTrack,
  pairProgrammingSession,
  serializeSharedFile,
  startSession,
  type ChangeContext,
  type Goal,
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

/** A coach's device and a coachee's, as two installations of the extension see them. */
export const MARIEKE_ACTOR = 'aa11aa11aa11aa11';

export interface CoachFile {
  marieke: Person;
  daan: Person;
  track: Track;
  goal: Goal;
  session: Session;
  note: Observation;
  ctx: (minute?: number) => ChangeContext;
}

/**
 * What coach Marieke's VS Code exports after pairing with Daan: both people, a track with one
 * goal, a session focused on it and a shared top on line 2 of THREE_LINE_SAMPLE, all by her.
 */
export function coachFile(text = 'Good name: spare says what it is'): CoachFile {
  const base = (minute = 0): ChangeContext => ({
    actor: MARIEKE_ACTOR,
    now: new Date(Date.UTC(2026, 10, 20, 10, minute)),
  });
  const marieke = claimActor(
    createPerson({ displayName: 'Marieke', role: 'Coach' }, base()),
    base(),
  );
  const ctx = (minute = 0): ChangeContext => ({ ...base(minute), person: marieke.id });
  const daan = createPerson({ displayName: 'Daan' }, ctx());
  const track = createTrack(
    {
      kind: 'pair-programming',
      title: 'Pairing with Daan',
      coacheeIds: [daan.id],
      coachIds: [marieke.id],
    },
    ctx(),
  );
  const goal = createGoal(
    { trackId: track.id, statement: 'Name things for what they mean' },
    ctx(),
  );
  const session = startSession(
    createSession(
      {
        template: pairProgrammingSession,
        track,
        focusGoalIds: [goal.id],
        title: 'Pairing with Daan, 10:00',
      },
      ctx(),
    ),
    ctx(1),
  );
  const note = createObservation(
    session,
    {
      kind: 'top',
      text,
      visibility: 'shared',
      anchor: {
        kind: 'code',
        file: 'src/sample.ts',
        range: { startLine: 1, startCharacter: 0, endLine: 1, endCharacter: 25 },
        fingerprint: fingerprintOf(splitLines(THREE_LINE_SAMPLE), {
          startLine: 1,
          startCharacter: 0,
          endLine: 1,
          endCharacter: 25,
        }),
      },
    },
    ctx(5),
  );
  return { marieke, daan, track, goal, session, note, ctx };
}

/** The workspace of a coachee after a pull of the coach's export (`coachFile`). */
export function coacheeWorkspace(coach: CoachFile): Record<string, string> {
  const { marieke, daan, track, goal, session, note } = coach;
  return {
    'src/sample.ts': THREE_LINE_SAMPLE,
    '.coaching/notes.coaching.jsonl': serializeSharedFile([
      marieke,
      daan,
      track,
      goal,
      session,
      note,
    ]),
  };
}
