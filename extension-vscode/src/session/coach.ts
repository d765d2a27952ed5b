import type * as vscode from 'vscode';
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { createPerson, editRecord, type Person, type Track } from '@coaching-notes/shared';
import { t } from '../l10n';
import type { Services } from '../services';

const COACH_KEY = 'coachingNotes.coachPersonId';

/** The name the coach already gave git (what their commits say), else the account name. */
function coachName(): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', 'user.name'], { timeout: 3_000 }, (error, stdout) => {
      const fromGit = error ? '' : stdout.trim();
      let account = '';
      try {
        account = userInfo().username;
      } catch {
        // No account name on this platform: the generic label below.
      }
      resolve(fromGit || account || t('Coach'));
    });
  });
}

/**
 * The person record of the coach using this installation, made once and remembered in
 * global state, so that tracks and sessions name their coach (`coachIds`) in the shared file.
 */
export async function ensureCoach(services: Services, state: vscode.Memento): Promise<Person> {
  const known = state.get<string>(COACH_KEY);
  const existing = known ? await services.store.get('person', known) : undefined;
  if (existing) return existing;
  const person = createPerson(
    { displayName: (await coachName()).slice(0, 100), role: t('Coach') },
    services.changeContext(),
  );
  await services.store.put(person);
  await state.update(COACH_KEY, person.id);
  return person;
}

export function coachIdOf(state: vscode.Memento): string | undefined {
  return state.get<string>(COACH_KEY);
}

/** A track made before the coach was recorded gains them; one that names them is kept. */
export async function withCoach(services: Services, track: Track, coach: Person): Promise<Track> {
  if (track.coachIds.includes(coach.id)) return track;
  const updated = editRecord(
    track,
    { coachIds: [...track.coachIds, coach.id] },
    services.changeContext(),
  );
  await services.store.put(updated);
  return updated;
}
