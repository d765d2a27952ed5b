/**
 * @coaching-notes/shared/node — file I/O for the shared file, Node only (CLI, VS Code).
 *
 * Writes are crash-safe (see `writeFileAtomic`), and every read-merge-write of a shared file
 * holds a cross-process lock (`updateSharedFile`), so concurrent exports and merges queue
 * instead of overwriting each other.
 */
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
import { readFileCapped } from './exchange/node/read';
import { updateSharedFile, type UpdateOptions } from './exchange/node/update';
import type { StoredRecord } from './model/types';

export { readFileCapped, readStreamCapped } from './exchange/node/read';
export { resolveTarget, writeFileAtomic } from './exchange/node/write';
export { FileLockError, withFileLock, type LockOptions } from './exchange/node/lock';
export { updateSharedFile, type UpdateOptions } from './exchange/node/update';

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

export interface ExportToFileOptions extends ExportOptions, UpdateOptions {}

/**
 * Export into the shared file at `path`: under its lock, read it, merge the records in and
 * write it back. Never overwrites a file it cannot read (throws `SharedFileError`).
 */
export function exportToFile(
  path: string,
  records: readonly StoredRecord[],
  options: ExportToFileOptions = {},
): Promise<ExportResult> {
  return updateSharedFile(
    path,
    (existing) => {
      const result = exportToSharedFile(existing, records, options);
      return { text: result.text, result };
    },
    options,
  );
}
