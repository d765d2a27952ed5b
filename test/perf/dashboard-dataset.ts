/**
 * A realistic coaching history for the dashboard's scale benchmark and tests: `coachees`
 * people over `years` years, about one session a week each with notes, a debrief and actions.
 * Made with the core's own create functions, so every record is valid. Deterministic (seeded).
 */
import {
  addDays,
  createAction,
  createGoal,
  createObservation,
  createPerson,
  createSession,
  createTrack,
  OBSERVATION_KINDS,
  setActionStatus,
  type ChangeContext,
  type CoachingRecord,
  type Goal,
  type Person,
  type Session,
  type Track,
  clientMeetingObservation,
} from '@coaching-notes/shared';

const WORDS = (
  'klantgesprek opening samenvatting vraag doorvragen stilte bezwaar prijs offerte afspraak ' +
  'vervolgstap agenda doel tempo luisteren empathie structuur tijdsbewaking voorbereiding ' +
  'reëel concreet compliment initiatief overtuigend rustig helder enthousiast klant behoefte ' +
  'oplossing demo planning risico budget beslisser collega team overleg feedback actiepunt ' +
  'follow-up contract verlenging korting waarde onderhandeling relatie vertrouwen notulen café'
).split(' ');
const NAMES =
  'Sanne Daan Emma Lars Noor Bram Fleur Jesse Lotte Thijs Eva Ruben Sophie Milan Anouk Sem'.split(
    ' ',
  );
const SURNAMES =
  'de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Peeters|Maes|Claes|Willems'.split('|');

export interface DatasetOptions {
  coachees: number;
  years: number;
  /** Observations per held session (average). */
  notesPerSession: number;
  /** Sessions per coachee per year (about weekly: 52). */
  sessionsPerYear: number;
  end: Date;
}

export const SCALE: DatasetOptions = {
  coachees: 50,
  years: 5,
  notesPerSession: 15,
  sessionsPerYear: 52,
  end: new Date('2026-11-20T12:00:00Z'),
};

/** A small seeded generator (mulberry32), so two runs fill the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Dataset {
  people: Person[];
  tracks: Track[];
  goals: Goal[];
  /** Batches of records in write order (people/tracks/goals first, then session by session). */
  batches(batchSize: number): Generator<CoachingRecord[]>;
  counts: Record<string, number>;
}

/** Build the dataset; sessions and notes are made lazily per batch so memory stays flat. */
export function makeDataset(options: DatasetOptions, seed = 42): Dataset {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const start = new Date(options.end.getTime() - options.years * 365 * 86_400_000);
  const at = (date: Date): ChangeContext => ({ actor: 'bench', now: date });
  const people: Person[] = [];
  const tracks: Track[] = [];
  const goals: Goal[] = [];
  const counts: Record<string, number> = {
    person: 0,
    track: 0,
    goal: 0,
    session: 0,
    observation: 0,
    action: 0,
  };
  for (let i = 0; i < options.coachees; i++) {
    const person = createPerson(
      {
        displayName: `${NAMES[i % NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]} ${i + 1}`,
        role: 'accountmanager',
      },
      at(start),
    );
    people.push(person);
    // One track per year; the last one runs.
    for (let y = 0; y < options.years; y++) {
      const trackStart = new Date(start.getTime() + y * 365 * 86_400_000);
      const track = createTrack(
        {
          kind: 'on-the-job',
          title: `Klantgesprekken ${trackStart.getUTCFullYear()} — ${person.displayName}`,
          coacheeIds: [person.id],
          coachIds: [],
          status: y === options.years - 1 ? 'active' : 'closed',
          plannedConversations: 8,
          startDate: trackStart.toISOString().slice(0, 10),
          cadence: { kind: 'fortnightly' },
          followUpDates: [addDays(trackStart.toISOString().slice(0, 10), 400)],
        },
        at(trackStart),
      );
      tracks.push(track);
      for (let g = 0; g < 3; g++) {
        goals.push(
          createGoal(
            {
              trackId: track.id,
              statement: `Doel ${g + 1}: ${sentence(4)}`,
              successCriterion: sentence(6),
              order: g,
            },
            at(trackStart),
          ),
        );
      }
    }
  }
  counts['person'] = people.length;
  counts['track'] = tracks.length;
  counts['goal'] = goals.length;
  const totalSessions = options.coachees * options.years * options.sessionsPerYear;
  const stepMs = (options.end.getTime() - start.getTime()) / totalSessions;

  function* records(): Generator<CoachingRecord> {
    yield* people;
    yield* tracks;
    yield* goals;
    for (let s = 0; s < totalSessions; s++) {
      const when = new Date(start.getTime() + s * stepMs);
      const person = people[s % people.length]!;
      const yearIndex = Math.min(
        options.years - 1,
        Math.floor((when.getTime() - start.getTime()) / (365 * 86_400_000)),
      );
      const track = tracks[(s % people.length) * options.years + yearIndex]!;
      const trackGoals = goals.filter((g) => g.trackId === track.id);
      const planned = createSession(
        {
          template: clientMeetingObservation,
          track,
          date: when.toISOString().slice(0, 10),
          title: `Klantgesprek ${pick(WORDS)} met ${pick(SURNAMES)}`,
          locale: 'nl',
        },
        at(when),
      );
      const running: Session = {
        ...planned,
        status: 'in-progress',
        during: { startedAt: when.toISOString() },
      };
      const notes = Math.max(1, Math.round(options.notesPerSession * (0.5 + random())));
      const observations = Array.from({ length: notes }, (_, n) =>
        createObservation(
          running,
          {
            kind: pick(OBSERVATION_KINDS),
            text: sentence(8 + Math.floor(random() * 12)),
            at: new Date(when.getTime() + n * 60_000),
            ...(random() < 0.6 ? { goalId: pick(trackGoals).id } : {}),
            visibility: random() < 0.8 ? 'private' : 'shared',
          },
          at(new Date(when.getTime() + n * 60_000)),
        ),
      );
      const done: Session = {
        ...running,
        status: 'done',
        during: {
          startedAt: when.toISOString(),
          endedAt: new Date(when.getTime() + 3_600_000).toISOString(),
        },
        after: {
          debrief: {
            'went-well': sentence(10),
            'can-be-better': sentence(10),
            actions: sentence(6),
          },
          feedback: { topIds: [], tipIds: [], note: sentence(8) },
        },
      };
      // Most actions of the past were done; the recent ones are still open.
      const actions = Array.from({ length: 2 }, (_, n) => {
        const action = createAction(
          done,
          { text: `Actie: ${sentence(6)}`, ownerId: person.id, due: addDays(done.date, 7 + n * 7) },
          at(when),
        );
        const old = options.end.getTime() - when.getTime() > 60 * 86_400_000;
        return old && random() < 0.97
          ? setActionStatus(action, 'done', at(new Date(when.getTime() + 5 * 86_400_000)))
          : action;
      });
      counts['session']! += 1;
      counts['observation']! += observations.length;
      counts['action']! += actions.length;
      yield done;
      yield* observations;
      yield* actions;
    }
  }

  return {
    people,
    tracks,
    goals,
    counts,
    *batches(batchSize: number) {
      let batch: CoachingRecord[] = [];
      for (const record of records()) {
        batch.push(record);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
  };
}
