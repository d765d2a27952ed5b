import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  canonicalJson,
  canonicalRecord,
  mergeRecordSets,
  parseSharedFile,
  serializeSharedFile,
  validateRecord,
  type StoredRecord,
} from '@coaching-notes/shared';
import { observation, person } from './fixtures';
import { threeStates } from './sim';

describe('shared file text', () => {
  it('starts with the header line and ends with a newline', () => {
    const text = serializeSharedFile([person()]);
    const [header, ...rest] = text.split('\n');
    expect(JSON.parse(header!)).toEqual({ format: FORMAT_NAME, version: FORMAT_VERSION });
    expect(rest.at(-1)).toBe('');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('orders records by type, then id, and keys in a fixed order', () => {
    const obs = observation({ text: 'b' });
    const who = person();
    const text = serializeSharedFile([obs, who]);
    const lines = text.trim().split('\n').slice(1);
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'person',
      'observation',
    ]);
    expect(Object.keys(JSON.parse(lines[1]!) as object).slice(0, 2)).toEqual(['type', 'id']);
    expect(Object.keys(JSON.parse(lines[1]!) as object).slice(-3)).toEqual([
      'createdAt',
      'updatedAt',
      'rev',
    ]);
  });

  it('keeps a line break inside text out of the line structure', () => {
    const text = serializeSharedFile([observation({ text: 'one\ntwo\u2028three\u2029four\r' })]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('\\u2028');
  });

  it('round-trips generated histories exactly, whatever the input order (fast-check)', () => {
    fc.assert(
      fc.property(threeStates, ([a, b, c]) => {
        // The writer stores each record in its canonical encoding (see canonicalRecord).
        const records = mergeRecordSets([a, b, c]).map(canonicalRecord);
        const text = serializeSharedFile(records);
        const parsed = parseSharedFile(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(canonicalJson(parsed.records)).toBe(canonicalJson(records));
        expect(serializeSharedFile([...records].reverse())).toBe(text);
        expect(serializeSharedFile(parsed.records)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips arbitrary text in notes (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const record = observation({ text: text.replace(/\0/g, '') });
        const parsed = parseSharedFile(new TextEncoder().encode(serializeSharedFile([record])));
        expect(parsed.ok && (parsed.records[0] as StoredRecord & { text: string }).text).toBe(
          record.text,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads CRLF line ends, a byte-order mark and blank lines', () => {
    const text = serializeSharedFile([person(), observation()]);
    const windows = `\uFEFF${text.replace(/\n/g, '\r\n')}\r\n\r\n`;
    const parsed = parseSharedFile(windows);
    expect(parsed.ok && parsed.records).toHaveLength(2);
  });

  it('reads several lines with one id as versions of one record: a line union of copies reads as their merge (fast-check)', () => {
    fc.assert(
      fc.property(threeStates, fc.boolean(), ([a, b, c], reverse) => {
        // What git merge=union or a concatenation leaves: the header once, every line of each.
        const body = [a, b, c].flatMap((state) =>
          serializeSharedFile(state).trim().split('\n').slice(1),
        );
        const union = [serializeSharedFile([]).trim(), ...(reverse ? body.reverse() : body)];
        const parsed = parseSharedFile(`${union.join('\n')}\n`);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(serializeSharedFile(parsed.records)).toBe(
          serializeSharedFile(mergeRecordSets([a, b, c])),
        );
        expect(new Set(parsed.records.map((r) => r.id)).size).toBe(parsed.records.length);
      }),
      { numRuns: 200 },
    );
  });

  it('returns each line as read, with the same content as validateRecord gives (no schema transforms)', () => {
    const text = readFileSync(
      new URL('../../../shared/examples/team.coaching.jsonl', import.meta.url),
      'utf8',
    );
    const parsed = parseSharedFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const record of parsed.records) {
      const checked = validateRecord(JSON.parse(JSON.stringify(record)));
      expect(checked.ok && checked.record).toStrictEqual(record);
    }
  });
});
