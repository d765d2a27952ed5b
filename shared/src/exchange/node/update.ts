import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseSharedFile, serializeSharedFile } from '../jsonl';
import { mergeRecordSets } from '../merge';
import { withFileLock, type LockOptions } from './lock';
import { readFileCapped } from './read';
import { resolveTarget, tempFilePattern, writeFileAtomic } from './write';

export interface UpdateOptions extends LockOptions {
  /** How often to merge again when a program that takes no lock keeps changing the file. */
  maxAttempts?: number;
  maxFileBytes?: number;
  /** Called between reading and writing; tests use it to change the file meanwhile. */
  beforeWrite?: () => Promise<void>;
}

/** A temp file this old is left over even if a process with its pid still runs (pids recycle). */
const LEFTOVER_AGE_MS = 60_000;

/**
 * Read, merge and write the shared file at `path` (symbolic links followed) while holding its
 * cross-process lock, so concurrent writers queue instead of overwriting each other.
 * `compute` gets the current bytes (`undefined` when there is no file) and returns the new
 * text; it throws to leave the file alone. Programs that take no lock (sync clients, editors)
 * are caught by re-reading just before the write: if the file changed, merge again.
 */
export async function updateSharedFile<T>(
  path: string,
  compute: (existing: Uint8Array | undefined) => { text: string; result: T },
  options: UpdateOptions = {},
): Promise<T> {
  const target = await resolveTarget(path);
  return withFileLock(
    target,
    async (stillHeld) => {
      await recoverLeftovers(target, options.maxFileBytes);
      const attempts = options.maxAttempts ?? 5;
      for (let attempt = 1; ; attempt++) {
        const before = await readFileCapped(target, options.maxFileBytes);
        const { text, result } = compute(before);
        await options.beforeWrite?.();
        const now = await readFileCapped(target, options.maxFileBytes);
        if (sameBytes(before, now)) {
          stillHeld();
          await writeFileAtomic(target, text);
          return result;
        }
        if (attempt >= attempts) {
          throw new Error(`${path} kept changing during the write; tried ${attempts} times`);
        }
      }
    },
    options,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Under the lock no writer of ours is between its temp file and its rename, so our temp files
 * next to the target are what killed writers left. Removed when their process is gone or they
 * are old; files of other names are never touched. A `.copy` is complete (it is renamed into
 * place only once written and flushed) and may hold what a writer killed while rewriting a
 * hard-linked file in place did not finish writing: it is merged back in first.
 */
async function recoverLeftovers(target: string, maxFileBytes?: number): Promise<void> {
  const folder = dirname(target);
  const pattern = tempFilePattern(target);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const file = join(folder, name);
    const stats = await fs.stat(file).catch(() => undefined);
    if (!stats) continue;
    const pid = match[1] === undefined ? undefined : Number(match[1]);
    const ownerGone = pid !== undefined && pid !== process.pid && !isAlive(pid);
    if (!ownerGone && Date.now() - stats.mtimeMs < LEFTOVER_AGE_MS) continue;
    if (match[2] === 'copy' && !(await mergeCopyBack(target, file, maxFileBytes))) continue;
    await fs.rm(file, { force: true });
  }
}

/** False when the copy cannot be read: then it stays, for a person to look at. */
async function mergeCopyBack(target: string, copy: string, maxFileBytes?: number) {
  const saved = parseSharedFile((await readFileCapped(copy, maxFileBytes)) ?? '');
  if (!saved.ok) return false;
  const current = await readFileCapped(target, maxFileBytes);
  const parsed = current === undefined ? undefined : parseSharedFile(current);
  // A target that no longer parses is the torn in-place write the copy was made for.
  const sets = parsed?.ok ? [parsed.records, saved.records] : [saved.records];
  await writeFileAtomic(target, serializeSharedFile(mergeRecordSets(sets)));
  return true;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}
