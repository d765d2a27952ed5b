import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';

export interface LockOptions {
  /**
   * A lock not refreshed for this long belongs to a process that died (`kill -9`, power
   * loss) and is taken over. The holder refreshes it every half of this. Minimum 2000.
   */
  lockStaleMs?: number;
  /** How long to wait for another writer before giving up. */
  lockWaitMs?: number;
}

/** The lock of `target`: a hidden folder next to it (git ignores empty folders). */
export function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** Thrown when the lock cannot be had or was lost; the file is then left as it was. */
export class FileLockError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'FileLockError';
  }
}

/**
 * Runs `task` while holding the cross-process lock of `target` (already resolved, see
 * `resolveTarget`). `proper-lockfile` makes the lock with an atomic `mkdir`, which works on
 * every local and network file system, refreshes its mtime while held and treats a lock whose
 * mtime stopped moving as stale. `task` receives `stillHeld()`, to call just before it writes:
 * if the lock was lost meanwhile (the process stalled past the stale time and another writer
 * took over), it throws instead of overwriting that writer's work.
 */
export async function withFileLock<T>(
  target: string,
  task: (stillHeld: () => void) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const stale = Math.max(options.lockStaleMs ?? 10_000, 2000);
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, {
      realpath: false,
      lockfilePath: lockPathOf(target),
      stale,
      retries: {
        retries: 100_000,
        minTimeout: 5,
        maxTimeout: 100,
        factor: 1.5,
        randomize: true,
        maxRetryTime: options.lockWaitMs ?? stale * 3,
      },
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileLockError(
      target,
      code === 'ELOCKED'
        ? 'another program keeps the file locked for writing; try again later'
        : `cannot lock the file for writing (${(error as Error).message})`,
    );
  }
  const stillHeld = () => {
    if (lost) throw new FileLockError(target, `lost the write lock (${lost.message})`);
  };
  try {
    return await task(stillHeld);
  } finally {
    await release().catch(() => undefined);
  }
}
