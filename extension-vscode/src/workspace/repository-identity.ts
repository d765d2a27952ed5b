import { execFile } from 'node:child_process';
import * as path from 'node:path';

/**
 * Which repository a workspace folder is, the way git sees it: the root commit of the history
 * checked out (following first parents), plus the folder's place inside the repository. A
 * clone in another folder, a worktree and a renamed folder all share it, so their notes stay
 * attached. Without git (no repository yet, no commit, git not installed) the folder name is
 * all there is.
 */
export interface RepositoryIdentity {
  /** What a new session records as `context.repository`. */
  id: string;
  /** A human label for the session (the folder's name). */
  label: string;
  /** Other names the same repository had in sessions recorded earlier (the folder name). */
  aliases: string[];
}

const GIT_TIMEOUT_MS = 5_000;

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', cwd, ...args],
      { timeout: GIT_TIMEOUT_MS, windowsHide: true },
      (error, stdout) => resolve(error ? undefined : stdout.trim()),
    );
  });
}

/** `git:<root sha>`, or `git:<root sha>:<sub/folder/>` for a folder inside a repository. */
export async function repositoryIdentity(folder: string): Promise<RepositoryIdentity> {
  const label = path.basename(folder);
  const roots = await git(folder, ['rev-list', '--max-parents=0', '--first-parent', 'HEAD']);
  const root = roots?.split('\n').pop()?.trim();
  if (!root || !/^[0-9a-f]{40,64}$/.test(root)) return { id: label, label, aliases: [] };
  const prefix = (await git(folder, ['rev-parse', '--show-prefix'])) ?? '';
  return { id: prefix ? `git:${root}:${prefix}` : `git:${root}`, label, aliases: [label] };
}

/** Sessions without a recorded repository belong everywhere (made before it was recorded). */
export function isSameRepository(
  recorded: string | undefined,
  identity: RepositoryIdentity,
): boolean {
  return recorded === undefined || recorded === identity.id || identity.aliases.includes(recorded);
}
