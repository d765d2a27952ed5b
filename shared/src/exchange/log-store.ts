import { recordLine } from './canonical';
import { HEADER, SharedFileError, recordKey, type FileIssue, type ReadLimits } from './format';
import { parseSharedFile, serializeSharedFile } from './jsonl';
import { canonicalRecord, mergeRecordSets } from './merge';
import type { StoredRecord } from '../model/types';
import type { Store, StoreChange } from '../store/port';

/**
 * The file under a log store: a port, so the store itself stays free of any platform (the
 * Node adapter lives with the shell that uses it).
 */
export interface LogFileIo {
  /** The file's text, or `undefined` when it does not exist yet. */
  read(): Promise<string | undefined>;
  /** Adds text at the end and flushes it to disk before resolving. */
  append(text: string): Promise<void>;
  /** Replaces the whole file atomically (readers see the old or the new file, never half). */
  replace(text: string): Promise<void>;
  /** Lets go of the file (an open handle, say). */
  close?(): Promise<void>;
}

/** Something the person should hear about, though nothing was lost that had been committed. */
export interface LogStoreNotice {
  kind: 'torn-line-dropped';
  /** 1-based line of the file that was dropped. */
  line: number;
  issues: FileIssue[];
}

export interface LogStoreOptions {
  onNotice?: (notice: LogStoreNotice) => void;
  /** Compact when the file is this many times its live size (default 2). */
  compactFactor?: number;
  /** Never compact a file smaller than this (bytes of text; default 64 KiB). */
  compactMinBytes?: number;
  /** Read limits for the store's own file (it may outgrow a shared file's defaults). */
  limits?: Partial<ReadLimits>;
}

const HEADER_LINE = `${JSON.stringify(HEADER)}\n`;
/** The store's own file holds every version until compaction: allow more than a shared file. */
const STORE_LIMITS: Partial<ReadLimits> = {
  maxFileBytes: 1024 * 1024 * 1024,
  maxRecords: 5_000_000,
};

/** UTF-16 length is a fair stand-in for bytes when the point is a ratio of sizes. */
const sizeOf = (text: string) => text.length;

/**
 * The Store port on an append-only JSON Lines log in the shared file format: a header, then
 * one line per version of a record; several lines with one id are versions of one record and
 * read as their merge (version vectors), so the log is itself a valid shared file that the CLI
 * and the merge read. A write appends its records' lines and flushes before it resolves, so a
 * note costs one line, not a rewrite of every note. The shared memory store is the index
 * that answers queries.
 *
 * When the log has grown to about `compactFactor` times its live size it is rewritten with
 * one line per record (atomically, after merging in whatever another window appended
 * meanwhile). An erase or a purge compacts at once: the old lines still hold the text that
 * was removed. A torn last line (a crash mid-append) is dropped with a notice; any other
 * unreadable line makes `open` throw `SharedFileError`, and the file is left untouched.
 */
export class LogStore implements Store {
  private chain: Promise<void> = Promise.resolve();
  /** Text size of the file as this store last wrote or read it. */
  private fileSize: number;
  /** Estimated text size of a compacted file: one line per record. */
  private liveSize: number;
  private readonly lineSize = new Map<string, number>();
  private readonly averageLine: number;
  private readonly compactFactor: number;
  private readonly compactMinBytes: number;
  private readonly limits: Partial<ReadLimits>;

  private constructor(
    private readonly index: Store,
    private readonly io: LogFileIo,
    loaded: { fileSize: number; lines: number; records: number },
    options: LogStoreOptions,
  ) {
    this.fileSize = loaded.fileSize;
    this.averageLine =
      loaded.lines > 0 ? (loaded.fileSize - sizeOf(HEADER_LINE)) / loaded.lines : 0;
    this.liveSize = sizeOf(HEADER_LINE) + this.averageLine * loaded.records;
    this.compactFactor = options.compactFactor ?? 2;
    this.compactMinBytes = options.compactMinBytes ?? 64 * 1024;
    this.limits = { ...STORE_LIMITS, ...options.limits };
  }

  static async open(index: Store, io: LogFileIo, options: LogStoreOptions = {}): Promise<LogStore> {
    const limits = { ...STORE_LIMITS, ...options.limits };
    const text = (await io.read()) ?? '';
    const read = readLog(text, limits);
    if (read.torn) options.onNotice?.(read.torn);
    const records = mergeRecordSets([read.records]);
    if (records.length > 0) await index.putMany(records, 'import');
    const store = new LogStore(
      index,
      io,
      { fileSize: sizeOf(text), lines: read.records.length, records: records.length },
      options,
    );
    // A torn or unterminated end must go before the next append joins onto it.
    if (read.torn || (text !== '' && !text.endsWith('\n'))) await store.compact();
    return store;
  }

  get: Store['get'] = (type, id) => this.index.get(type, id);
  getStored: Store['getStored'] = (type, id) => this.index.getStored(type, id);
  list: Store['list'] = (query) => this.index.list(query);
  all: Store['all'] = () => this.index.all();
  subscribe: Store['subscribe'] = (listener) => this.index.subscribe(listener);

  async put(record: StoredRecord): Promise<void> {
    await this.index.put(record);
    await this.append([record]);
  }

  async putMany(records: StoredRecord[], cause?: StoreChange['cause']): Promise<void> {
    await this.index.putMany(records, cause);
    await this.append(records);
  }

  delete: Store['delete'] = async (tombstone) => {
    await this.index.delete(tombstone);
    await this.append([tombstone]);
  };

  erasePerson: Store['erasePerson'] = async (personId, actor, now) => {
    const report = await this.index.erasePerson(personId, actor, now);
    await this.compact();
    return report;
  };

  purgeOlderThan: Store['purgeOlderThan'] = async (months, actor, now) => {
    const report = await this.index.purgeOlderThan(months, actor, now);
    await this.compact();
    return report;
  };

  async close(): Promise<void> {
    await this.chain;
    await this.io.close?.();
    await this.index.close();
  }

  /** Rewrites the log with one line per record; queued behind every earlier write. */
  compact(): Promise<void> {
    return this.enqueue(async () => {
      const mine = await this.index.all();
      // Another window on the same profile may have appended lines this index never saw; a
      // file of exactly the size this store left it holds nothing new and need not be parsed.
      const text = (await this.io.read()) ?? '';
      const theirs = sizeOf(text) === this.fileSize ? [] : readLog(text, this.limits).records;
      const merged = theirs.length > 0 ? mergeRecordSets([theirs, mine]) : mine;
      const compacted = serializeSharedFile(merged);
      await this.io.replace(compacted);
      if (theirs.length > 0) {
        const known = new Set(mine.map(recordKey));
        const news = merged.filter((record) => !known.has(recordKey(record)));
        if (news.length > 0) await this.index.putMany(news, 'import');
      }
      this.fileSize = sizeOf(compacted);
      this.liveSize = this.fileSize;
      this.lineSize.clear();
    });
  }

  private append(records: readonly StoredRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const lines = records.map((record) => recordLine(canonicalRecord(record)));
    const written = this.enqueue(async () => {
      const prefix = this.fileSize === 0 ? HEADER_LINE : '';
      const text = `${prefix}${lines.join('\n')}\n`;
      await this.io.append(text);
      this.fileSize += sizeOf(text);
      this.liveSize += sizeOf(prefix);
      records.forEach((record, i) => {
        const key = recordKey(record);
        const size = sizeOf(lines[i]!) + 1;
        this.liveSize += size - (this.lineSize.get(key) ?? this.averageLine);
        this.lineSize.set(key, size);
      });
    });
    // The write is committed once appended; compaction follows without holding it up.
    void written.then(() => {
      if (
        this.fileSize >= this.compactMinBytes &&
        this.fileSize > this.compactFactor * this.liveSize
      ) {
        void this.compact().catch(() => undefined);
      }
    });
    return written;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

interface ReadLog {
  records: StoredRecord[];
  torn?: LogStoreNotice;
}

/**
 * Reads the log through the shared file parser. Only the last line may be cut short (a crash
 * mid-append): when the file does not end in a newline and that line alone does not read, it
 * is dropped and reported. Anything else unreadable throws.
 */
function readLog(text: string, limits: Partial<ReadLimits>): ReadLog {
  if (text.trim() === '') return { records: [] };
  const end = text.endsWith('\n') ? text.length : text.lastIndexOf('\n') + 1;
  const body = end > 0 ? text.slice(0, end) : text;
  const tail = end > 0 ? text.slice(end) : '';
  const parsed = parseSharedFile(body, limits);
  if (!parsed.ok) throw new SharedFileError(parsed.issues);
  if (tail.trim() === '') return { records: parsed.records };
  const last = parseSharedFile(`${HEADER_LINE}${tail}`, limits);
  if (last.ok) return { records: [...parsed.records, ...last.records] };
  const line = body.split('\n').length;
  return {
    records: parsed.records,
    torn: {
      kind: 'torn-line-dropped',
      line,
      issues: last.issues.map((issue) => ({ ...issue, line })),
    },
  };
}
