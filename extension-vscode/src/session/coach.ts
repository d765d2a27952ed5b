import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { createPerson, editRecord, type Person, type Track } from '@coaching-notes/shared';
import { t } from '../l10n';
import { knownMe, rememberMe } from '../people/me';
import type { Services } from '../services';

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
 * The person using this installation, who coaches now; made once (named as git knows them)
 * when they never said who they are, so that tracks and sessions name their coach (`coachIds`).
 */
export async function ensureCoach(services: Services): Promise<Person> {
  const existing = await knownMe(services);
  if (existing) return existing;
  const person = createPerson(
    { displayName: (await coachName()).slice(0, 100), role: t('Coach') },
    services.changeContext(),
  );
  await services.store.put(person);
  return rememberMe(services, person);
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
