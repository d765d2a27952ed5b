import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  createGoal,
  createPerson,
  createSession,
  createTrack,
  pairProgrammingSession,
  pairProgrammingTrack,
  startSession,
  type Goal,
  type Person,
  type Session,
  type Track,
} from '@coaching-notes/shared';
import type { Services } from '../services';
import { currentRepository } from '../workspace/paths';
import { myPersonId } from '../people/me';
import { ensureCoach, withCoach } from './coach';
import { clockTime, distinctTitle } from './titles';
import type { Seat } from '@coaching-notes/shared';

export interface StartedPairing {
  session: Session;
  coachee: Person;
  driver: Seat;
}

interface Pick<T> extends vscode.QuickPickItem {
  value?: T;
}

const title = () => t('Start Pairing Session');

async function pickCoachee(services: Services): Promise<Person | undefined> {
  const coachId = myPersonId(services.globalState);
  const people = (await services.store.list({ type: 'person' })).filter((p) => p.id !== coachId);
  const items: Pick<Person>[] = [
    ...people
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map((person) => ({ label: person.displayName, description: person.role, value: person })),
    { label: `$(add) ${t('New coachee…')}` },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: title(),
    placeHolder: t('Who do you pair with?'),
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if (picked.value) return picked.value;
  const name = await vscode.window.showInputBox({
    title: title(),
    prompt: t('Name of the developer you coach'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : t('Enter a name.')),
  });
  if (!name) return undefined;
  const person = createPerson({ displayName: name }, services.changeContext());
  await services.store.put(person);
  return person;
}

async function pickTrack(
  services: Services,
  coachee: Person,
  coach: Person,
): Promise<Track | undefined> {
  const tracks = (await services.store.list({ type: 'track', personId: coachee.id })).filter(
    (track) => track.kind === 'pair-programming' && track.status !== 'closed',
  );
  const items: Pick<Track>[] = [
    ...tracks.map((track) => ({ label: track.title, value: track })),
    { label: `$(add) ${t('New pair-programming track…')}` },
  ];
  const picked =
    tracks.length === 0
      ? items[0]
      : await vscode.window.showQuickPick(items, {
          title: title(),
          placeHolder: t('Which coaching track is this session part of?'),
          ignoreFocusOut: true,
        });
  if (!picked) return undefined;
  if (picked.value) return picked.value;
  const trackTitle = await vscode.window.showInputBox({
    title: title(),
    prompt: t('Title of the new track'),
    value: t('Pair programming with {0}', coachee.displayName),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : t('Enter a title.')),
  });
  if (!trackTitle) return undefined;
  const track = createTrack(
    {
      kind: 'pair-programming',
      title: trackTitle,
      coacheeIds: [coachee.id],
      coachIds: [coach.id],
      templateId: pairProgrammingTrack.id,
      status: 'active',
    },
    services.changeContext(),
  );
  await services.store.put(track);
  return track;
}

/** Focus goals: pick among the track's open goals, or name a first one (optional). */
async function pickGoals(services: Services, track: Track): Promise<Goal[] | undefined> {
  const goals = (await services.store.list({ type: 'goal', trackId: track.id }))
    .filter((goal) => goal.status === 'open')
    .sort((a, b) => a.order - b.order);
  if (goals.length > 0) {
    const picked = await vscode.window.showQuickPick(
      goals.map((goal) => ({ label: goal.statement, detail: goal.successCriterion, value: goal })),
      {
        title: title(),
        placeHolder: t('Which goals do you focus on today? (optional)'),
        canPickMany: true,
        ignoreFocusOut: true,
      },
    );
    return picked?.map((item) => item.value);
  }
  const statement = await vscode.window.showInputBox({
    title: title(),
    prompt: t('What does the coachee want to get better at? (optional, Enter to skip)'),
    ignoreFocusOut: true,
  });
  if (statement === undefined) return undefined;
  if (!statement.trim()) return [];
  const goal = createGoal({ trackId: track.id, statement }, services.changeContext());
  await services.store.put(goal);
  return [goal];
}

/** The template's prep questions, each optional; Escape stops the start. */
async function askPrep(services: Services): Promise<Record<string, string> | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: t('Start right away'), value: false },
      { label: t('Go through the preparation questions first'), value: true },
    ],
    { title: title(), placeHolder: t('Preparation'), ignoreFocusOut: true },
  );
  if (!choice) return undefined;
  const answers: Record<string, string> = {};
  if (!choice.value) return answers;
  for (const question of pairProgrammingSession.prepQuestions) {
    const answer = await vscode.window.showInputBox({
      title: title(),
      prompt: question.text[services.locale],
      ignoreFocusOut: true,
    });
    if (answer === undefined) return undefined;
    if (answer.trim()) answers[question.id] = answer;
  }
  return answers;
}

async function pickDriver(coachee: Person): Promise<Seat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: t('{0} drives first', coachee.displayName), value: 'coachee' as Seat },
      { label: t('I drive first'), value: 'coach' as Seat },
    ],
    {
      title: title(),
      placeHolder: t('Who takes the keyboard first?'),
      ignoreFocusOut: true,
    },
  );
  return picked?.value;
}

/** Asks what a pairing session needs; `undefined` when the user cancels at any step. */
export async function runStartFlow(services: Services): Promise<StartedPairing | undefined> {
  const coachee = await pickCoachee(services);
  if (!coachee) return undefined;
  const coach = await ensureCoach(services);
  const picked = await pickTrack(services, coachee, coach);
  if (!picked) return undefined;
  const track = await withCoach(services, picked, coach);
  const goals = await pickGoals(services, track);
  if (!goals) return undefined;
  const answers = await askPrep(services);
  if (!answers) return undefined;
  const driver = await pickDriver(coachee);
  if (!driver) return undefined;
  const repository = await currentRepository();
  const context = services.changeContext();
  const taken = new Set(
    (await services.store.list({ type: 'session', trackId: track.id })).map((s) => s.title),
  );
  const planned = createSession(
    {
      template: pairProgrammingSession,
      locale: services.locale,
      // The template's generic title made every session of a day look the same.
      title: distinctTitle(
        t('Pairing with {0}, {1}', coachee.displayName, clockTime(context.now)),
        taken,
      ),
      track,
      answers,
      focusGoalIds: goals.map((goal) => goal.id),
      context: {
        kind: 'code',
        site: 'vscode',
        ...(repository ? { repository: repository.id, label: repository.label } : {}),
      },
    },
    services.changeContext(),
  );
  const session = startSession(planned, services.changeContext());
  await services.store.put(session);
  return { session, coachee, driver };
}
