import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportToSharedFile,
  knownLines,
  mergeRecordSets,
  newMergeReport,
  parseSharedFile,
  recordLine,
  selectForExport,
  serializeSharedFile,
  tombstoneOf,
  type StoredRecord,
} from '@coaching-notes/shared';
import { observation, person, withRev } from './fixtures';
import { threeStates } from './sim';

/** What an export writes when every line of the existing file is parsed and validated. */
function fullPath(existing: string, records: StoredRecord[], includePrivate: boolean) {
  const parsed = parseSharedFile(existing);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const report = newMergeReport();
  const merged = mergeRecordSets(
    [parsed.records, selectForExport(records, { includePrivate })],
    report,
  );
  return { text: serializeSharedFile(merged), report };
}

/** The record lines of a file, without its header. */
const bodyOf = (text: string) => text.split('\n').slice(1).join('\n');

const mine = [
  observation({ id: '0192f000-0000-7000-8000-000000000010', text: 'first note' }),
  observation({ id: '0192f000-0000-7000-8000-000000000011', text: 'second note' }),
  person({ id: '0192f000-0000-7000-8000-000000000012' }),
];
const header = serializeSharedFile([]).trimEnd();
const lineOf = (record: StoredRecord) => recordLine(record);

describe('export into an existing file: lines equal to our own', () => {
  it('takes a line byte-identical to a known record as that record, without parsing it', () => {
    const text = [header, ...mine.map(lineOf)].join('\n');
    const parsed = parseSharedFile(text, {}, knownLines(mine));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const record of parsed.records) expect(record).toBe(mine.find((r) => r.id === record.id));
    expect(parsed.records).toHaveLength(mine.length);
  });

  it('parses and validates a line that differs from ours in one character', () => {
    const changed = lineOf(mine[0]!).replace('first note', 'first notf');
    const parsed = parseSharedFile([header, changed].join('\n'), {}, knownLines(mine));
    expect(parsed.ok && parsed.records[0]).toMatchObject({ text: 'first notf' });
    expect(parsed.ok && parsed.records[0]).not.toBe(mine[0]);
  });

  it('still names the line and field of an invalid line between known ones', () => {
    const bad = lineOf(mine[1]!).replace('"kind":"top"', '"kind":"nope"');
    const text = [header, lineOf(mine[0]!), bad, lineOf(mine[2]!)].join('\n');
    const parsed = parseSharedFile(text, {}, knownLines(mine));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({ line: 3, field: 'kind' }),
    ]);
  });

  it('still refuses a known line longer than the line limit', () => {
    const text = [header, lineOf(mine[0]!)].join('\n');
    const parsed = parseSharedFile(text, { maxLineBytes: 50 }, knownLines(mine));
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({ line: 2 });
  });

  it('writes the same bytes as the full read for foreign lines, versions, tombstones and a one-character change', () => {
    const edited = withRev({ ...mine[0]!, text: 'first note, edited' }, { seed: 1, bram: 1 });
    const concurrent = withRev({ ...mine[1]!, text: 'second note elsewhere' }, { cor: 1 });
    const foreign = observation({ id: '0192f000-0000-7000-8000-000000000020', text: 'theirs' });
    const gone = tombstoneOf(mine[2]!, { actor: 'bram', now: new Date('2026-12-01T10:00:00Z') });
    const existing = [
      header,
      ...mine.map(lineOf),
      lineOf(edited), // a later version of a known record, after its known line
      lineOf(concurrent), // a conflict
      lineOf(foreign),
      lineOf(gone),
      lineOf(mine[1]!).replace('second note', 'second notd'),
      lineOf(mine[0]!), // the same line twice
      '',
    ].join('\n');
    const fast = exportToSharedFile(existing, mine);
    const full = fullPath(existing, mine, false);
    expect(fast.text).toBe(full.text);
    expect(fast.report).toEqual(full.report);
    expect(full.text).toContain('"conflicts"');
  });

  it('writes the same bytes as the full read for any simulated history (property)', () => {
    fc.assert(
      fc.property(threeStates, fc.boolean(), ([a, b, c], includePrivate) => {
        // b's lines appended to a's file: ids repeat as versions, out of file order.
        const existing = serializeSharedFile(a) + bodyOf(serializeSharedFile(b));
        const fast = exportToSharedFile(existing, c, { includePrivate });
        const full = fullPath(existing, c, includePrivate);
        expect(fast.text).toBe(full.text);
        expect(fast.report).toEqual(full.report);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a record line in file key order whatever order its keys were set in', () => {
    const note = mine[0]!;
    // File order: identity, content alphabetically, revision data; `seed` is the rev's key.
    const order = ['type', 'id', 'at', 'coacheeIds', 'kind', 'offsetMs', 'sessionId', 'text'];
    const tail = ['visibility', 'createdAt', 'updatedAt', 'rev', 'seed'];
    const expected = JSON.stringify(note, [...order, ...tail]);
    const shuffled = Object.fromEntries(Object.entries(note).reverse()) as StoredRecord;
    expect(recordLine(shuffled)).toBe(expected);
    // Nested keys out of order too: the general path, same line.
    const nested = { ...shuffled, rev: { zed: 2, anna: 1 } } as StoredRecord;
    expect(recordLine(nested)).toBe(recordLine({ ...note, rev: { anna: 1, zed: 2 } }));
    expect(recordLine(nested).indexOf('"anna"')).toBeLessThan(recordLine(nested).indexOf('"zed"'));
    expect(recordLine(note)).toBe(expected);
  });
});
