/**
 * @coaching-notes/shared/node — file I/O for the shared file, Node only (CLI, VS Code).
 *
 * Writes are atomic (temp file in the same folder, fsync, rename), so a reader or a sync
 * client never sees half a file; an export re-reads the file just before replacing it and
 * merges again when someone else changed it in the meantime.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  DEFAULT_READ_LIMITS,
  SharedFileError,
  exportToSharedFile,
  parseSharedFile,
  type ExportOptions,
  type ExportResult,
  type ParseResult,
  type ReadLimits,
} from './exchange';
import type { StoredRecord } from './model/types';

/** The file's bytes, or `undefined` when it does not exist. Refuses files over the cap. */
export async function readFileCapped(
  path: string,
  maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes,
): Promise<Uint8Array | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new SharedFileError([
        { line: 0, field: '', message: `is larger than the limit of ${maxBytes} bytes` },
      ]);
    }
    // Read at most one byte past the cap, in case the file grows while we read.
    const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        throw new SharedFileError([
          { line: 0, field: '', message: `is larger than the limit of ${maxBytes} bytes` },
        ]);
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Parse a shared file from disk (a missing file is an error here). */
export async function readSharedFile(
  path: string,
  limits: Partial<ReadLimits> = {},
): Promise<ParseResult> {
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  try {
    const bytes = await readFileCapped(path, max.maxFileBytes);
    if (bytes === undefined) {
      return { ok: false, issues: [{ line: 0, field: '', message: 'does not exist' }] };
    }
    return parseSharedFile(bytes, max);
  } catch (error) {
    if (error instanceof SharedFileError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/**
 * Replace `path` with `data` atomically: write a temp file next to it, flush it to disk,
 * rename it over the target, then flush the folder so the rename itself survives a crash.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
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

export interface ExportToFileOptions extends ExportOptions {
  /** How often to merge again when the file keeps changing under us. */
  maxAttempts?: number;
  maxFileBytes?: number;
  /** Called between reading and writing; tests use it to change the file meanwhile. */
  beforeWrite?: () => Promise<void>;
}

/**
 * Export into the shared file at `path`: read it, merge the records in, and write it back
 * atomically — but only if the file still has the content we merged into; otherwise merge
 * again (up to `maxAttempts`). Never overwrites a file it cannot read.
 */
export async function exportToFile(
  path: string,
  records: readonly StoredRecord[],
  options: ExportToFileOptions = {},
): Promise<ExportResult> {
  const attempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const before = await readFileCapped(path, options.maxFileBytes);
    const result = exportToSharedFile(before, records, options);
    await options.beforeWrite?.();
    const now = await readFileCapped(path, options.maxFileBytes);
    if (sameBytes(before, now)) {
      await writeFileAtomic(path, result.text);
      return result;
    }
    if (attempt >= attempts) {
      throw new Error(`${path} kept changing during export; tried ${attempts} times`);
    }
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
