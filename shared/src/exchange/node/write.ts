import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** Symbolic links followed before giving up, as the kernel's own ELOOP limit does. */
const MAX_LINKS = 40;

/**
 * The file a write to `path` must change: symbolic links are followed (a dangling link names
 * the file to create), so a link into a synced folder or a dotfiles repository keeps pointing
 * at the shared file instead of being replaced by a copy.
 */
export async function resolveTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'UNKNOWN') return current;
      throw error;
    }
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`${path}: too many levels of symbolic links`), { code: 'ELOOP' });
}

/** Names of our temp files next to `target`: `.NAME.PID.RANDOM.tmp` (older: `.NAME.RANDOM.tmp`). */
export function tempFilePattern(target: string): RegExp {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.(?:(\\d+)\\.)?[0-9a-f]{12}\\.(tmp|copy)$`);
}

function tempPath(target: string): string {
  const random = randomBytes(6).toString('hex');
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Replace the file at `path` (after following symbolic links) with `data`, crash-safe: a
 * reader or sync client never sees half a file, and a `kill -9` at any moment leaves either
 * the old or the new content.
 *
 * - The data goes to a temp file next to the target, with the target's mode (and owner, where
 *   the process may set it), and is flushed to disk.
 * - A file with one name: the temp file is renamed over it (atomic), then the folder is
 *   flushed so the rename survives a crash.
 * - A file with several hard links: renaming would cut the other names loose, so the
 *   complete temp copy is first renamed to `.NAME.PID.RANDOM.copy` (its existence means it is
 *   complete), then the target is rewritten in place and the copy removed. A writer killed
 *   during the in-place write leaves the copy; the next locked update merges it back in
 *   (`updateFile`), so nothing it held is lost.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const target = await resolveTarget(path);
  const before = await statOrUndefined(target);
  const temp = tempPath(target);
  const handle = await fs.open(temp, 'wx', before ? before.mode & 0o7777 : 0o666);
  try {
    await handle.writeFile(data);
    if (before) await keepOwnerAndMode(handle, before);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (before && before.nlink > 1) await rewriteInPlace(target, temp, data);
    else await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}

async function keepOwnerAndMode(handle: fs.FileHandle, before: Stats): Promise<void> {
  // The mode given to open() passes through the umask; set it exactly.
  await handle.chmod(before.mode & 0o7777);
  const uid = process.getuid?.();
  if (uid === undefined || (before.uid === uid && before.gid === process.getgid?.())) return;
  try {
    await handle.chown(before.uid, before.gid);
  } catch {
    // Only root may give a file away; others keep their own ownership, as editors do.
  }
}

async function rewriteInPlace(target: string, temp: string, data: string | Uint8Array) {
  const copy = temp.replace(/\.tmp$/, '.copy');
  await fs.rename(temp, copy);
  await syncFolder(dirname(target));
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const handle = await fs.open(target, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rm(copy, { force: true });
}

export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic.
  }
}
