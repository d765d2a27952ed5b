import { validateRecord } from '../model/schema';
import { acceptsRecord } from '../model/schema-accepts';
import type { StoredRecord } from '../model/types';
import { recordLine } from './canonical';
import {
  compareRecordOrder,
  DEFAULT_READ_LIMITS,
  FORMAT_NAME,
  isInFileOrder,
  FORMAT_VERSION,
  type RecordRef,
  HEADER,
  type FileIssue,
  type ReadLimits,
  type SharedFileHeader,
} from './format';
import { canonicalRecord, mergeRecordSets } from './merge';
import { exceedsUtf8Bytes, findUnsafeJson, nestsDeeperThan } from './safety';

export type ParseResult =
  | { ok: true; header: SharedFileHeader; records: StoredRecord[] }
  | { ok: false; issues: FileIssue[] };

/**
 * The shared file as text: the header line, then one record per line in file order, each
 * with its keys in a fixed order; `\n` line ends and a final newline. Records with the same
 * id are merged first, so the output is a function of the records' content alone.
 */
export function serializeSharedFile(records: Iterable<StoredRecord>, known?: KnownLines): string {
  const list = Array.isArray(records) ? (records as StoredRecord[]) : [...records];
  const lines = [JSON.stringify(HEADER)];
  const cursor = known && new KnownCursor(known);
  for (const record of isInFileOrder(list) ? list : mergeRecordSets([list])) {
    lines.push(cursor?.lineOf(record) ?? recordLine(canonicalRecord(record)));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Validated records in canonical encoding (so that the line is what writing them produces),
 * with the exact line the file format gives each; in file order, one per type and id. Built
 * by an export from the records it writes: see `parseSharedFile`.
 */
export interface KnownLines {
  readonly records: readonly StoredRecord[];
  readonly lines: readonly string[];
}

/**
 * The lines of `records` (which must have passed `validateRecord`, as every store and every
 * file read ensures) for `parseSharedFile` and `serializeSharedFile`. Kept in file order
 * rather than in a map: a file and a merge come in that order, so each look-up is one step
 * along the list and no id is ever hashed.
 */
export function knownLines(records: readonly StoredRecord[]): KnownLines {
  const sorted = isInFileOrder(records) ? records : [...records].sort(compareRecordOrder);
  const known = { records: [] as StoredRecord[], lines: [] as string[] };
  for (const record of sorted) {
    const last = known.records[known.records.length - 1];
    // A record held twice (versions of one id) keeps its first canonical version only.
    if (last && compareRecordOrder(last, record) === 0) continue;
    if (canonicalRecord(record) !== record) continue;
    known.records.push(record);
    known.lines.push(recordLine(record));
  }
  return known;
}

/** Every known line starts so: identity keys lead a record line (see `recordLine`). */
const LINE_START = '{"type":"';
const ID_AFTER_TYPE = '","id":"';

/** The type and id a line starts with, if it starts as every known line does. */
function refOfLine(line: string): RecordRef | undefined {
  if (!line.startsWith(LINE_START)) return undefined;
  const typeEnd = line.indexOf('"', LINE_START.length);
  if (!line.startsWith(ID_AFTER_TYPE, typeEnd)) return undefined;
  const idStart = typeEnd + ID_AFTER_TYPE.length;
  return {
    type: line.slice(LINE_START.length, typeEnd),
    id: line.slice(idStart, line.indexOf('"', idStart)),
  };
}

/**
 * Walks the known lines alongside a file or a merge in file order: the next known record is
 * usually the one wanted; otherwise a binary search by the type and id the line starts with.
 */
class KnownCursor {
  private next = 0;

  constructor(private readonly known: KnownLines) {}

  /** The known record whose line `line` is, byte for byte. */
  recordOf(line: string): StoredRecord | undefined {
    const { lines, records } = this.known;
    if (lines[this.next] === line) return records[this.next++];
    const ref = refOfLine(line);
    if (!ref) return undefined;
    // In step with the file, a line that is not the next known line is another version of
    // that record, or a record we do not hold: no search needed.
    const next = this.next < records.length ? compareRecordOrder(records[this.next]!, ref) : 1;
    if (next === 0) {
      this.next++;
      return undefined;
    }
    if (next > 0 && (this.next === 0 || compareRecordOrder(records[this.next - 1]!, ref) < 0)) {
      return undefined;
    }
    const at = this.search(ref);
    if (at < 0 || lines[at] !== line) return undefined;
    this.next = at + 1;
    return records[at];
  }

  /** The known line of `record`, if it is that known record; records come in file order. */
  lineOf(record: StoredRecord): string | undefined {
    const { lines, records } = this.known;
    while (this.next < records.length && compareRecordOrder(records[this.next]!, record) < 0) {
      this.next++;
    }
    return records[this.next] === record ? lines[this.next] : undefined;
  }

  /** Index of the known record with this type and id, or -1. */
  private search(ref: RecordRef): number {
    const { records } = this.known;
    let low = 0;
    let high = records.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = compareRecordOrder(records[mid]!, ref);
      if (order === 0) return mid;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

/**
 * Reads a shared file from bytes (decoded as strict UTF-8) or from text. All or nothing: any
 * problem gives issues naming the line and the field, and no records.
 *
 * Several lines with one type and id are versions of one record (a git `merge=union`, a
 * concatenation, a hand edit that appended a line): they come out as one record, merged by
 * their version vectors, so every reader (validate, stats, render, merge, import) sees the
 * same records. A file in canonical order (strictly ascending) cannot repeat an id, so the
 * merge runs only for files that are not.
 *
 * `known`: a line byte-identical to the line of a known, validated record is that record, so
 * it needs no parse and no checks beyond the line's length (the common case when exporting
 * into a file we exported to before); every other line gets all checks.
 */
export function parseSharedFile(
  input: string | Uint8Array,
  limits: Partial<ReadLimits> = {},
  known?: KnownLines,
): ParseResult {
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  const text = typeof input === 'string' ? checkText(input, max) : decode(input, max);
  if (typeof text !== 'string') return { ok: false, issues: text };
  return parseLines(text.replace(/^\uFEFF/, '').split('\n'), max, known);
}

function fileTooLarge(max: ReadLimits): FileIssue[] {
  return [{ line: 0, field: '', message: `is larger than the limit of ${max.maxFileBytes} bytes` }];
}

function checkText(text: string, max: ReadLimits): string | FileIssue[] {
  return exceedsUtf8Bytes(text, max.maxFileBytes) ? fileTooLarge(max) : text;
}

function decode(bytes: Uint8Array, max: ReadLimits): string | FileIssue[] {
  if (bytes.length > max.maxFileBytes) return fileTooLarge(max);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [{ line: lineOfBadUtf8(bytes), field: '', message: 'is not valid UTF-8' }];
  }
}

/** Only on the error path: decode line by line to name the first broken one. */
function lineOfBadUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return 0;
}

function parseLines(lines: string[], max: ReadLimits, known: KnownLines | undefined): ParseResult {
  const issues: FileIssue[] = [];
  const header = parseHeader(lines[0]?.replace(/\r$/, '') ?? '', issues);
  const records: StoredRecord[] = [];
  const cursor = known && new KnownCursor(known);
  let count = 0;
  for (let i = 1; i < lines.length && issues.length < max.maxErrors; i++) {
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    if (++count > max.maxRecords) {
      issues.push({ line: i + 1, field: '', message: `more than ${max.maxRecords} records` });
      break;
    }
    const same = cursor?.recordOf(line);
    // Still subject to the line limit: our own record may be longer than this reader allows.
    const record =
      same !== undefined && !exceedsUtf8Bytes(line, max.maxLineBytes)
        ? same
        : parseRecordLine(line, i + 1, max, issues);
    if (record) records.push(record);
  }
  if (issues.length > 0 || !header) return { ok: false, issues };
  return {
    ok: true,
    header,
    records: isInFileOrder(records) ? records : mergeRecordSets([records]),
  };
}

function parseHeader(line: string, issues: FileIssue[]): SharedFileHeader | undefined {
  const value = parseJsonLine(line, 1, DEFAULT_READ_LIMITS, issues);
  if (value === undefined) return undefined;
  const fail = (field: string, message: string) => {
    issues.push({ line: 1, field, message });
    return undefined;
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('', `must be the header {"format":"${FORMAT_NAME}","version":${FORMAT_VERSION}}`);
  }
  const { format, version } = value as Record<string, unknown>;
  if (format !== FORMAT_NAME) return fail('format', `must be "${FORMAT_NAME}"`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', 'must be a whole number from 1');
  }
  if (version > FORMAT_VERSION) {
    return fail(
      'version',
      `is ${version}: the file was written by a newer version; this one reads up to ${FORMAT_VERSION}`,
    );
  }
  return { format: FORMAT_NAME, version };
}

function parseRecordLine(
  line: string,
  lineNo: number,
  max: ReadLimits,
  issues: FileIssue[],
): StoredRecord | undefined {
  const value = parseJsonLine(line, lineNo, max, issues);
  if (value === undefined) return undefined;
  // Most lines are fine: the compiled check says so without valibot's copies.
  if (acceptsRecord(value)) return value as StoredRecord;
  const result = validateRecord(value);
  // The line as read: the same content as the schema's output (strict objects, no
  // transforms; test/shared/exchange/jsonl.test.ts checks), but still in the file's key
  // order, so writing it back takes JSON.stringify's fast path (see recordLine).
  if (result.ok) return value as StoredRecord;
  for (const issue of result.issues) {
    issues.push({ line: lineNo, field: issue.path, message: issue.message });
  }
  return undefined;
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})( |$)/;

function parseJsonLine(
  line: string,
  lineNo: number,
  max: ReadLimits,
  issues: FileIssue[],
): unknown {
  const fail = (field: string, message: string) => {
    issues.push({ line: lineNo, field, message });
    return undefined;
  };
  if (exceedsUtf8Bytes(line, max.maxLineBytes)) {
    return fail('', `is longer than the limit of ${max.maxLineBytes} bytes`);
  }
  if (line.includes('\0')) return fail('', 'contains a NUL byte');
  if (CONFLICT_MARKER.test(line)) {
    return fail('', 'is a git conflict marker: configure the coaching-notes merge driver');
  }
  if (nestsDeeperThan(line, max.maxDepth)) {
    return fail('', `is nested deeper than ${max.maxDepth} levels`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail('', `is not valid JSON (${(error as Error).message})`);
  }
  const unsafe = findUnsafeJson(value);
  if (unsafe) return fail(unsafe.path, unsafe.message);
  return value;
}
