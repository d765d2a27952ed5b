import {
  addDays,
  createAction,
  daysBetween,
  toDateOnly,
  createGoal,
  createObservation,
  createPerson,
  createSession,
  createTrack,
  type ChangeContext,
  type Goal,
  type NewObservation,
  type Observation,
  type Person,
  type Session,
  type Track,
  createMemoryStore,
  type Store,
  clientMeetingObservation,
} from '@coaching-notes/shared';

export const actor = 'dash-test';
export const at = (iso: string): ChangeContext => ({ actor, now: new Date(iso) });

/** A held session on `date` with these notes (the session is `done`). */
export function heldSession(
  track: Track,
  date: string,
  title: string,
  notes: NewObservation[],
): { session: Session; observations: Observation[] } {
  const ctx = at(`${date}T10:00:00.000Z`);
  const planned = createSession({ template: clientMeetingObservation, track, date, title }, ctx);
  const running: Session = {
    ...planned,
    status: 'in-progress',
    during: { startedAt: ctx.now.toISOString() },
  };
  const observations = notes.map((n) => createObservation(running, n, ctx));
  const session: Session = {
    ...running,
    status: 'done',
    during: {
      startedAt: ctx.now.toISOString(),
      endedAt: new Date(ctx.now.getTime() + 3_600_000).toISOString(),
    },
    after: {
      debrief: { 'went-well': 'De opening was sterk' },
      feedback: { topIds: [], tipIds: [], note: 'Goed gedaan' },
    },
  };
  return { session, observations };
}

export interface Seed {
  store: Store;
  sanne: Person;
  bram: Person;
  track: Track;
  goals: Goal[];
  sessions: Session[];
  observations: Observation[];
}

/**
 * Days between 22 November 2026 (the "today" the end-to-end expectations were written for)
 * and the real today: end-to-end tests run the extension on the real clock, so they shift
 * every date of the seed, and of their expectations, by this much.
 */
export function shiftToToday(): number {
  return daysBetween('2026-11-22', toDateOnly(new Date()));
}

/** A date or timestamp moved by `days`. */
export function shifted(value: string, days: number): string {
  if (days === 0) return value;
  const moved = addDays(value.slice(0, 10), days);
  return value.length > 10 ? `${moved}${value.slice(10)}` : moved;
}

/**
 * Two coachees; Sanne has a running track with goals, two held sessions, notes and actions.
 * `shift` moves every date by that many days (see `shiftToToday`).
 */
export async function seed(store: Store = createMemoryStore(), shift = 0): Promise<Seed> {
  const d = (value: string) => shifted(value, shift);
  const ctx = at(d('2026-09-01T09:00:00.000Z'));
  const sanne = createPerson({ displayName: 'Sanne de Vries', role: 'accountmanager' }, ctx);
  const bram = createPerson({ displayName: 'Bram Peeters' }, ctx);
  const track = createTrack(
    {
      kind: 'on-the-job',
      title: 'Klantgesprekken',
      coacheeIds: [sanne.id],
      coachIds: [],
      status: 'active',
      plannedConversations: 8,
      startDate: d('2026-09-01'),
      followUpDates: [d('2027-03-03')],
      cadence: { kind: 'fortnightly' },
    },
    ctx,
  );
  const goals = [
    createGoal(
      {
        trackId: track.id,
        statement: 'Opent met een heldere agenda',
        successCriterion: 'Agenda in de eerste twee minuten',
        order: 0,
      },
      ctx,
    ),
    createGoal(
      {
        trackId: track.id,
        statement: 'Blijft rustig bij bezwaren',
        successCriterion: 'Vraagt door voor ze antwoordt',
        order: 1,
      },
      ctx,
    ),
  ];
  const first = heldSession(track, d('2026-10-01'), 'Gesprek met Acme', [
    { kind: 'top', text: 'Heldere agenda bij de opening', goalId: goals[0]!.id },
    { kind: 'tip', text: 'Prijsbezwaar te snel weggewuifd', goalId: goals[1]!.id },
    { kind: 'fact', text: 'Klant vroeg naar een reëel budget', visibility: 'shared' },
  ]);
  const second = heldSession(track, d('2026-10-15'), 'Verlenging Globex', [
    { kind: 'top', text: 'Rustig doorgevraagd bij het bezwaar', goalId: goals[1]!.id },
    { kind: 'top', text: 'Agenda gedeeld in het begin', goalId: goals[0]!.id },
  ]);
  const actions = [
    createAction(
      first.session,
      { text: 'Oefen het prijsgesprek', ownerId: sanne.id, due: d('2026-10-10') },
      at(d('2026-10-01T11:00:00.000Z')),
    ),
    createAction(
      second.session,
      { text: 'Stuur de samenvatting', ownerId: sanne.id, due: d('2026-11-25') },
      at(d('2026-10-15T11:00:00.000Z')),
    ),
  ];
  const sessions = [first.session, second.session];
  const observations = [...first.observations, ...second.observations];
  await store.putMany([sanne, bram, track, ...goals, ...sessions, ...observations, ...actions]);
  return { store, sanne, bram, track, goals, sessions, observations };
}
