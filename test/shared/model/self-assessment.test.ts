import { describe, expect, it } from 'vitest';
import {
  CoachingError,
  authorshipIndex,
  awaitsSelfAssessment,
  mergePersonInto,
  createGoal,
  createObservation,
  createPerson,
  createSelfAssessment,
  debriefRows,
  endSession,
  goalHistory,
  mergeIntoSharedFile,
  selfRatingLabel,
  setFocusGoals,
  validateRecord,
  type ChangeContext,
  type Goal,
  type Observation,
  type Session,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from './fixtures';

const CANARY = 'CANARY-private-self-9c1d';

function scene(date = '2026-11-22', start = T0) {
  const c = ctxAt(start, 'coach-laptop');
  const daan = createPerson({ displayName: 'Daan' }, c);
  const marieke = createPerson({ displayName: 'Marieke' }, c);
  const coach: ChangeContext = { ...c, person: marieke.id };
  const track = aTrack({ coacheeIds: [daan.id], coachIds: [marieke.id] });
  const names: Goal = createGoal({ trackId: track.id, statement: 'Name things well' }, coach);
  const tests: Goal = createGoal({ trackId: track.id, statement: 'Test first', order: 1 }, coach);
  const session = setFocusGoals(runningSession(track, date, start), [names.id, tests.id], c);
  return { daan, marieke, coach, track, names, tests, session };
}

function note(
  session: Session,
  kind: 'top' | 'tip',
  goalId: string,
  visibility: 'shared' | 'private' = 'shared',
  text = `${kind} on ${goalId.slice(-4)}`,
): Observation {
  const at = new Date(Date.parse(session.during.startedAt!) + 60_000).toISOString();
  return createObservation(session, { kind, text, goalId, visibility }, ctxAt(at));
}

describe('self-assessment before feedback', () => {
  it('records the coachee’s ratings per focus goal and their experience, as the coachee’s own', () => {
    const { daan, coach, names, tests, session } = scene();
    const mine = createSelfAssessment(
      session,
      {
        coacheeId: daan.id,
        ratings: { [names.id]: 2, [tests.id]: 4 },
        experience: ' Tense at first ',
      },
      coach, // typed on the coach's screen, handed over
    );
    expect(mine).toMatchObject({
      type: 'selfAssessment',
      authorId: daan.id,
      coacheeId: daan.id,
      ratings: { [names.id]: 2, [tests.id]: 4 },
      experience: 'Tense at first',
    });
    expect(validateRecord(mine).ok).toBe(true);
  });

  it('refuses ratings outside 1–5, for goals not in focus, or by someone not coached', () => {
    const { daan, marieke, coach, names, track, session } = scene();
    const rate = (ratings: Record<string, number>, who = daan.id) =>
      createSelfAssessment(session, { coacheeId: who, ratings }, coach);
    expect(() => rate({ [names.id]: 6 })).toThrow(CoachingError);
    expect(() => rate({ [names.id]: 2.5 })).toThrow(CoachingError);
    const other = createGoal({ trackId: track.id, statement: 'Other' }, coach);
    expect(() => rate({ [other.id]: 3 })).toThrow(/focus goals/);
    expect(() => rate({ [names.id]: 3 }, marieke.id)).toThrow(/coachee/);
  });

  it('words the scale in English and Dutch', () => {
    expect(selfRatingLabel(1, 'en')).toBe('still hard');
    expect(selfRatingLabel(5, 'en')).toBe('comes naturally');
    expect(selfRatingLabel(1, 'nl')).toBe('nog moeilijk');
    expect(selfRatingLabel(5, 'nl')).toBe('gaat vanzelf');
  });

  it('builds side-by-side rows per focus goal from shared notes only', () => {
    const { daan, coach, names, tests, session } = scene();
    const observations = [
      note(session, 'top', names.id),
      note(session, 'tip', names.id),
      note(session, 'top', names.id, 'private', CANARY),
      note(session, 'top', tests.id),
    ];
    const mine = createSelfAssessment(
      session,
      { coacheeId: daan.id, ratings: { [names.id]: 2 } },
      coach,
    );
    const rows = debriefRows(session, [names, tests], observations, mine);
    expect(rows).toEqual([
      {
        goalId: names.id,
        statement: 'Name things well',
        self: 2,
        coach: { tops: 1, tips: 1, other: 0 },
      },
      { goalId: tests.id, statement: 'Test first', coach: { tops: 1, tips: 0, other: 0 } },
    ]);
  });

  it('keeps both views of a goal over time, the latest self-rating per session', () => {
    const first = scene('2026-11-10', '2026-11-10T09:00:00.000Z');
    const { daan, coach, names, tests } = first;
    const s1 = endSession(first.session, ctxAt('2026-11-10T10:00:00.000Z'));
    const s2 = endSession(
      setFocusGoals(
        runningSession(first.track, '2026-11-24', '2026-11-24T09:00:00.000Z'),
        [names.id, tests.id],
        coach,
      ),
      ctxAt('2026-11-24T10:00:00.000Z'),
    );
    const rate = (s: Session, n: number, iso: string) =>
      createSelfAssessment(
        s,
        { coacheeId: daan.id, ratings: { [names.id]: n } },
        { ...coach, now: new Date(iso) },
      );
    const history = goalHistory(
      names,
      [s2, s1],
      [note(s1, 'tip', names.id), note(s2, 'top', names.id)],
      [
        rate(s1, 1, '2026-11-10T10:01:00Z'),
        rate(s1, 2, '2026-11-10T10:02:00Z'),
        rate(s2, 4, '2026-11-24T10:01:00Z'),
      ],
    );
    expect(history.map((p) => [p.date, p.self, p.tops, p.tips])).toEqual([
      ['2026-11-10', 2, 0, 1],
      ['2026-11-24', 4, 1, 0],
    ]);
  });

  it('goes into the shared file (it is the coachee’s own, shared material)', () => {
    const { daan, marieke, coach, track, names, tests, session } = scene();
    const mine = createSelfAssessment(
      session,
      { coacheeId: daan.id, ratings: { [names.id]: 3 } },
      coach,
    );
    const file = mergeIntoSharedFile(undefined, [
      daan,
      marieke,
      track,
      names,
      tests,
      session,
      mine,
    ]);
    expect(file).toContain(mine.id);
    expect(
      mergeIntoSharedFile(undefined, [daan, marieke, track, session, mine], {
        selection: { trackId: track.id },
      }),
    ).toContain(mine.id);
  });

  it('withholds the coach’s notes from the coachee until they assessed themselves, also under an alias', () => {
    const { daan, marieke, coach, names, session } = scene();
    const own = mergePersonInto(
      createPerson({ displayName: 'Daan' }, ctxAt(T0, 'daan-laptop')),
      daan,
      ctxAt(T0, 'daan-laptop'),
    );
    const index = authorshipIndex([daan, marieke, own]);
    expect(awaitsSelfAssessment(session, own.id, [], index)).toBe(true);
    expect(awaitsSelfAssessment(session, marieke.id, [], index)).toBe(false);
    const assessed = createSelfAssessment(
      session,
      { coacheeId: daan.id, ratings: { [names.id]: 2 } },
      coach,
    );
    expect(awaitsSelfAssessment(session, own.id, [assessed], index)).toBe(false);
  });
});
