import {
  FILE_EXTENSION,
  FORMAT_NAME,
  mergeRecordSets,
  mergeThreeWay,
  newMergeReport,
  renderActionsCsv,
  renderIcs,
  renderMarkdown,
  serializeSharedFile,
  statsOf,
  type MergeReport,
} from '../exchange';
import { updateSharedFile, writeFileAtomic } from '../node';
import { isCalendarDate } from '../model/dates';
import { RECORD_TYPES, type Locale, type StoredRecord } from '../model/types';
import type { ParsedArgs } from './args';
import { ioFailure, isStdin, loadRecords, loadRecordsIfPresent, recordsOf } from './files';
import { CliFailure, EXIT, invalidFile, say, type CliIo } from './io';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** At least `count` positional arguments, and at most `max`. */
function need(io: CliIo, args: ParsedArgs, count: number, names: string, max = Infinity): void {
  if (args.positionals.length < count) {
    throw new CliFailure(EXIT.usage, say(io, 'exchange.cli.missingArgument', { name: names }));
  }
  if (args.positionals.length > max) {
    const argument = args.positionals[max]!;
    throw new CliFailure(EXIT.usage, say(io, 'exchange.cli.extraArgument', { argument }));
  }
}

async function write(io: CliIo, file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    throw ioFailure(io, file, error);
  }
}

function reportMerge(io: CliIo, report: MergeReport): void {
  const list = (keys: Set<string>) => [...keys].map((k) => k.split('/')[1]).join(', ');
  if (report.conflicted.size > 0) {
    io.err(
      say(io, 'exchange.cli.conflicts', {
        count: report.conflicted.size,
        ids: list(report.conflicted),
      }),
    );
  }
  if (report.deletionsOverridden.size > 0) {
    io.err(
      say(io, 'exchange.cli.deletionsOverridden', {
        count: report.deletionsOverridden.size,
        ids: list(report.deletionsOverridden),
      }),
    );
  }
}

/** `validate FILE…`: every file is read completely; exit 1 if any is invalid. */
export async function validate(io: CliIo, args: ParsedArgs): Promise<number> {
  need(io, args, 1, 'FILE');
  let code: number = EXIT.ok;
  for (const file of args.positionals) {
    try {
      const records = await loadRecords(io, file);
      io.out(say(io, 'exchange.cli.valid', { file, count: records.length }));
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      io.err(error.message);
      code = Math.max(code, error.code);
    }
  }
  return code;
}

/**
 * `merge OUT IN…` or `merge --out OUT IN…`: OUT (when present) and every IN, merged and
 * written to OUT under its lock. With `--out`, every positional argument is an input.
 */
export async function merge(io: CliIo, args: ParsedArgs): Promise<number> {
  const outOption = args.options.get('out');
  need(io, args, typeof outOption === 'string' ? 1 : 2, 'OUT IN…');
  const [out, ...inputs] = (
    typeof outOption === 'string' ? [outOption, ...args.positionals] : args.positionals
  ) as [string, ...string[]];
  const sets: StoredRecord[][] = [];
  for (const file of inputs) sets.push(await loadRecords(io, file));
  const report = newMergeReport();
  let count: number;
  try {
    // OUT is read under its lock, so a concurrent merge into it is never overwritten.
    count = await updateSharedFile(out, (existing) => {
      const merged = mergeRecordSets([recordsOf(io, out, existing), ...sets], report);
      return { text: serializeSharedFile(merged), result: merged.length };
    });
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw ioFailure(io, out, error);
  }
  io.out(say(io, 'exchange.cli.merged', { inputs: inputs.length, file: out, count }));
  reportMerge(io, report);
  return EXIT.ok;
}

/**
 * `merge-driver %O %A %B [%P]`: git hands us the ancestor, our version and theirs; the
 * three-way merge per record (`mergeThreeWay`) is written into %A. Any problem: non-zero
 * exit and %A untouched, so git reports a normal conflict.
 */
export async function mergeDriver(io: CliIo, args: ParsedArgs): Promise<number> {
  need(io, args, 3, '%O %A %B', 4);
  const [ancestor, ours, theirs, pathName] = args.positionals as [string, string, string, string?];
  try {
    const report = newMergeReport();
    const merged = mergeThreeWay(
      await loadRecordsIfPresent(io, ancestor),
      await loadRecordsIfPresent(io, ours),
      await loadRecordsIfPresent(io, theirs),
      report,
    );
    await write(io, ours, serializeSharedFile(merged));
    reportMerge(io, report);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.err(error.message);
      io.err(say(io, 'exchange.cli.mergeDriverFailed', { file: pathName ?? ours }));
      return error.code;
    }
    throw error;
  }
}

const FORMATS = ['md', 'csv', 'ics'] as const;
const LANGS: readonly Locale[] = ['nl', 'en'];

function choice<T extends string>(
  io: CliIo,
  option: string,
  value: string | true | undefined,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new CliFailure(
    EXIT.usage,
    say(io, 'exchange.cli.badOption', {
      option: `--${option}`,
      value: String(value ?? ''),
      expected: allowed.join('|'),
    }),
  );
}

/** `render FILE --format md|csv|ics [--lang nl|en] [--track ID] [--out PATH] [--today DATE]` */
export async function render(io: CliIo, args: ParsedArgs): Promise<number> {
  need(io, args, 1, 'FILE', 1);
  const file = args.positionals[0]!;
  const format = choice(io, 'format', args.options.get('format'), FORMATS);
  const locale = choice(io, 'lang', args.options.get('lang'), LANGS, io.locale);
  const trackOption = args.options.get('track');
  const todayOption = args.options.get('today');
  const records = await loadRecords(io, file);
  const trackId = typeof trackOption === 'string' ? trackOption : undefined;
  if (
    trackId &&
    !records.some((r) => r.type === 'track' && r.id === trackId && !('deleted' in r))
  ) {
    throw new CliFailure(EXIT.invalid, say(io, 'exchange.cli.unknownTrack', { id: trackId, file }));
  }
  let now: Date | undefined;
  if (todayOption !== undefined) {
    now = new Date(`${String(todayOption)}T00:00:00Z`);
    if (!isCalendarDate(String(todayOption))) {
      throw new CliFailure(
        EXIT.usage,
        say(io, 'exchange.cli.badOption', {
          option: '--today',
          value: String(todayOption),
          expected: 'YYYY-MM-DD',
        }),
      );
    }
  }
  const out = args.options.get('out');
  if (typeof out === 'string') await refuseToOverwriteSource(io, out, file);
  const includePrivate = args.options.has('include-private');
  const text =
    format === 'md'
      ? renderMarkdown(records, { locale, trackId, includePrivate, sourceName: basename(file) })
      : format === 'csv'
        ? renderActionsCsv(records, { locale, trackId })
        : renderIcs(records, { locale, trackId, now });
  if (typeof out === 'string') {
    await write(io, out, text);
    io.err(say(io, 'exchange.cli.wrote', { file: out }));
  } else io.out(text.replace(/\r?\n$/, ''));
  return EXIT.ok;
}

/**
 * Rendered output never replaces a shared file or the input: a mistyped `--out` would swap
 * the team's notes for a Markdown page. Refused: a `.coaching.jsonl` name, the input itself
 * (through links too), and any existing file that starts like a shared file.
 */
async function refuseToOverwriteSource(io: CliIo, out: string, input: string): Promise<void> {
  const refuse = () =>
    new CliFailure(EXIT.usage, say(io, 'exchange.cli.refuseOverwrite', { file: out }));
  if (out.endsWith(FILE_EXTENSION)) throw refuse();
  const target = await stat(out).catch(() => undefined);
  if (!target) return;
  const source = isStdin(input) ? undefined : await stat(input).catch(() => undefined);
  if (source && source.dev === target.dev && source.ino === target.ino) throw refuse();
  const head = await readHead(out, SHARED_FILE_START.length);
  if (head === SHARED_FILE_START) throw refuse();
}

/** How every shared file begins (the header line), also when written by hand. */
const SHARED_FILE_START = `{"format":"${FORMAT_NAME}"`;

async function readHead(file: string, length: number): Promise<string> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

/** `stats FILE`: counts per type, deletions, conflicts, private notes, open actions. */
export async function stats(io: CliIo, args: ParsedArgs): Promise<number> {
  need(io, args, 1, 'FILE', 1);
  const records = await loadRecords(io, args.positionals[0]!);
  const s = statsOf(records);
  io.out(say(io, 'exchange.cli.stats.records', { count: s.records }));
  for (const type of RECORD_TYPES)
    io.out(say(io, 'exchange.cli.stats.type', { type, count: s.byType[type] }));
  io.out(say(io, 'exchange.cli.stats.deleted', { count: s.deleted }));
  io.out(say(io, 'exchange.cli.stats.conflicts', { count: s.conflicted }));
  io.out(say(io, 'exchange.cli.stats.private', { count: s.privateObservations }));
  io.out(say(io, 'exchange.cli.stats.openActions', { count: s.openActions }));
  if (s.from && s.to) io.out(say(io, 'exchange.cli.stats.range', { from: s.from, to: s.to }));
  return EXIT.ok;
}

export { invalidFile };
