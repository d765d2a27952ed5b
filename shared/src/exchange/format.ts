import { RECORD_TYPES, type RecordType, type StoredRecord } from '../model/types';

/** The `format` value of a shared file's header line. */
export const FORMAT_NAME = 'coaching-notes';
/** The newest format version this code reads and the one it writes. */
export const FORMAT_VERSION = 1;
/** File names the merge driver and the docs use. */
export const FILE_EXTENSION = '.coaching.jsonl';

/** The first line of every shared file. */
export interface SharedFileHeader {
  format: typeof FORMAT_NAME;
  version: number;
}

export const HEADER: SharedFileHeader = { format: FORMAT_NAME, version: FORMAT_VERSION };

/** Limits on what a reader accepts, so a hostile or broken file cannot exhaust memory. */
export interface ReadLimits {
  /** Whole file, in bytes (UTF-8). */
  maxFileBytes: number;
  /** One line, in bytes (UTF-8). */
  maxLineBytes: number;
  /** Record lines (the header not counted). */
  maxRecords: number;
  /** Object/array nesting of one line. */
  maxDepth: number;
  /** Errors collected before the reader stops looking for more. */
  maxErrors: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 128 * 1024 * 1024,
  maxLineBytes: 8 * 1024 * 1024,
  maxRecords: 250_000,
  maxDepth: 16,
  maxErrors: 20,
};

/** What went wrong where: `line` is 1-based (0 for the file as a whole). */
export interface FileIssue {
  line: number;
  /** Dotted path inside the line's record, empty for the line as a whole. */
  field: string;
  message: string;
}

/** Thrown where a caller cannot go on with an unreadable file (export, merge). */
export class SharedFileError extends Error {
  readonly issues: FileIssue[];

  constructor(issues: FileIssue[]) {
    super(issues.map(describeIssue).join('\n'));
    this.name = 'SharedFileError';
    this.issues = issues;
  }
}

/** `line 4, field text: is too long` — the form every error message uses. */
export function describeIssue(issue: FileIssue): string {
  const where = issue.line > 0 ? `line ${issue.line}` : 'file';
  return issue.field
    ? `${where}, field ${issue.field}: ${issue.message}`
    : `${where}: ${issue.message}`;
}

const TYPE_ORDER: ReadonlyMap<string, number> = new Map(RECORD_TYPES.map((type, i) => [type, i]));

/** What places a record in a file: its type and id. */
export interface RecordRef {
  type: string;
  id: string;
}

/**
 * The file's record order: by type (people, tracks, goals, sessions, observations, actions),
 * then by id. Ids are UUIDv7, so within a type this is creation order and new records append
 * at the end of their block: diffs stay small. Tombstones keep their record's place.
 */
export function compareRecordOrder(a: RecordRef, b: RecordRef): number {
  // Neighbours mostly share a type: no lookups then (this runs for every record read).
  if (a.type !== b.type) {
    const byType = (TYPE_ORDER.get(a.type) ?? 99) - (TYPE_ORDER.get(b.type) ?? 99);
    return byType !== 0 ? byType : a.type < b.type ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether records are strictly in file order, so no type and id repeats: what a canonical
 * file and a merge produce. Lets readers and writers skip re-sorting and re-merging.
 */
export function isInFileOrder(records: readonly StoredRecord[]): boolean {
  for (let i = 1; i < records.length; i++) {
    if (compareRecordOrder(records[i - 1]!, records[i]!) >= 0) return false;
  }
  return true;
}

/** The key a record is merged under: ids are unique per type. */
export function recordKey(record: { type: RecordType; id: string }): string {
  return `${record.type}/${record.id}`;
}
