import { SharedFileError, parseSharedFile } from '../exchange';
import type { StoredRecord } from '../model/types';
import { readFileCapped, readStreamCapped } from '../node';
import { CliFailure, EXIT, invalidFile, say, type CliIo } from './io';

/** The file name that stands for standard input. */
export const STDIN = '-';

/**
 * `-` and `/dev/stdin` read the process's standard input as a stream: opening /dev/stdin
 * fails (ENXIO) when standard input is a socket, as node's child processes get.
 */
export function isStdin(file: string): boolean {
  return file === STDIN || file === '/dev/stdin';
}

/** Records of a shared file, or a CliFailure naming the file, line and field. */
export async function loadRecords(io: CliIo, file: string): Promise<StoredRecord[]> {
  const records = await loadRecordsIfPresent(io, file, false);
  return records;
}

/**
 * Like loadRecords; when `optional`, a missing or empty file is an empty list (the output of
 * `merge`, git's ancestor of a file added on both branches).
 */
export async function loadRecordsIfPresent(
  io: CliIo,
  file: string,
  optional = true,
): Promise<StoredRecord[]> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = isStdin(file) ? await readStreamCapped(process.stdin) : await readFileCapped(file);
  } catch (error) {
    if (error instanceof SharedFileError) throw invalidFile(io, file, error.issues);
    throw ioFailure(io, file, error);
  }
  if (bytes === undefined) {
    if (optional) return [];
    throw ioFailure(io, file, new Error('no such file'));
  }
  return optional ? recordsOf(io, file, bytes) : parsedRecords(io, file, bytes);
}

/** Records of a shared file's bytes, where a missing or empty file is an empty one. */
export function recordsOf(io: CliIo, file: string, bytes: Uint8Array | undefined): StoredRecord[] {
  return bytes === undefined || bytes.length === 0 ? [] : parsedRecords(io, file, bytes);
}

function parsedRecords(io: CliIo, file: string, bytes: Uint8Array): StoredRecord[] {
  const parsed = parseSharedFile(bytes);
  if (!parsed.ok) throw invalidFile(io, file, parsed.issues);
  return parsed.records;
}

export function ioFailure(io: CliIo, file: string, error: unknown): CliFailure {
  const message = error instanceof Error ? error.message : String(error);
  return new CliFailure(EXIT.io, say(io, 'exchange.cli.fileError', { file, message }));
}
