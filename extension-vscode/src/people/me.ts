import * as vscode from 'vscode';
import {
  claimActor,
  createPerson,
  mergePersonInto,
  mergedAway,
  type Id,
  type Person,
} from '@coaching-notes/shared';
import { t } from '../l10n';
import type { Services } from '../services';

/** Kept under its first name: before authorship only the coach had a person record here. */
const ME_KEY = 'coachingNotes.coachPersonId';

/** The person using this installation, when known (see `chooseMe`). */
export function myPersonId(state: vscode.Memento): Id | undefined {
  return state.get<string>(ME_KEY);
}

/** My person record as the store has it; undefined when I have not said who I am. */
export async function knownMe(services: Services): Promise<Person | undefined> {
  const id = myPersonId(services.globalState);
  return id ? services.store.get('person', id) : undefined;
}

/**
 * From now on this installation is `person`: its replica is claimed in the person record (so
 * the shared file says whose device wrote each version) and remembered in global state.
 */
export async function rememberMe(services: Services, person: Person): Promise<Person> {
  await services.globalState.update(ME_KEY, person.id);
  const claimed = claimActor(person, services.changeContext());
  if (claimed !== person) await services.store.put(claimed);
  return claimed;
}

/**
 * Who am I? A person already in the notes (the coachee the coach added, from the shared file)
 * or a new name. Another person's record is not edited to claim it: I get a record of my own
 * that names theirs as the same person (an alias), so their tools see no foreign change.
 */
export async function chooseMe(services: Services): Promise<Person | undefined> {
  const people = (await services.store.list({ type: 'person' })).filter(
    (p, _, all) => !mergedAway(all).has(p.id),
  );
  const current = myPersonId(services.globalState);
  const someoneElse = { label: t('Someone else…'), person: undefined as Person | undefined };
  const picked = await vscode.window.showQuickPick(
    [
      ...people
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map((person) => ({
          label: person.displayName,
          description: person.id === current ? t('you') : person.role,
          person: person as Person | undefined,
        })),
      someoneElse,
    ],
    {
      title: t('Who are you?'),
      placeHolder: t('Your notes, replies and self-assessments carry this name.'),
      ignoreFocusOut: true,
    },
  );
  if (!picked) return undefined;
  if (picked.person) {
    const person = picked.person;
    const ctx = services.changeContext();
    const mine = Object.keys(person.rev).every((actor) => actor === ctx.actor);
    if (mine) return rememberMe(services, person);
    const own = mergePersonInto(
      createPerson({ displayName: person.displayName }, ctx),
      person,
      ctx,
    );
    await services.store.put(own);
    return rememberMe(services, own);
  }
  const name = (
    await vscode.window.showInputBox({
      title: t('Who are you?'),
      prompt: t('Your name, as your coach and colleagues know you'),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : t('Type a name.')),
    })
  )?.trim();
  if (!name) return undefined;
  const person = createPerson({ displayName: name.slice(0, 100) }, services.changeContext());
  await services.store.put(person);
  return rememberMe(services, person);
}

/** My person record, asking who I am the first time it is needed. */
export async function ensureMe(services: Services): Promise<Person | undefined> {
  return (await knownMe(services)) ?? chooseMe(services);
}
