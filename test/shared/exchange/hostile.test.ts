import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  importIntoStore,
  parseSharedFile,
  serializeSharedFile,
  type FileIssue,
} from '@coaching-notes/shared';
import { observation, person } from './fixtures';
import { threeStates } from './sim';

const dir = new URL('./hostile/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(`${name}.coaching.jsonl`, dir)));

/** Each hand-made hostile file, the line and field its first issue must name, and the reason. */
const EXPECTED: Record<string, { line: number; field: string; message: RegExp }> = {
  'malformed-json': { line: 3, field: '', message: /not valid JSON/ },
  'newer-version': { line: 1, field: 'version', message: /newer version/ },
  'not-a-shared-file': { line: 1, field: 'format', message: /coaching-notes/ },
  'missing-header': { line: 1, field: 'format', message: /coaching-notes/ },
  'wrong-types': { line: 3, field: 'coacheeIds', message: /array/i },
  'overlong-text': { line: 3, field: 'text', message: /too long/ },
  'deep-nesting': { line: 3, field: '', message: /nested deeper/ },
  'proto-key': { line: 2, field: '__proto__', message: /forbidden key/ },
  'constructor-key': { line: 3, field: 'rev.constructor', message: /forbidden key/ },
  'unknown-field': { line: 2, field: 'salary', message: /not a known field/ },
  'nul-escaped': { line: 3, field: 'text', message: /NUL/ },
  'nul-byte': { line: 3, field: '', message: /NUL/ },
  'invalid-utf8': { line: 3, field: '', message: /UTF-8/ },
  'lone-surrogate': { line: 3, field: 'text', message: /lone surrogate/ },
  'conflict-markers': { line: 2, field: '', message: /merge driver/ },
  'bad-then-good': { line: 3, field: 'kind', message: /./ },
};

describe('hostile input', () => {
  it('has an expectation for every file in the hostile set', () => {
    const files = readdirSync(dir).map((f) => f.replace('.coaching.jsonl', ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${name}, naming line ${expected.line}${expected.field ? ` and field ${expected.field}` : ''}`, () => {
      const result = parseSharedFile(read(name));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const first = result.issues[0]!;
      expect(first).toMatchObject({ line: expected.line, field: expected.field });
      expect(first.message).toMatch(expected.message);
    });
  }

  it('also refuses the text form of a file with a lone surrogate', () => {
    const text = serializeSharedFile([person()]).replace('Sanne', '\uD800Sanne');
    const result = parseSharedFile(text);
    expect(result.ok || result.issues[0]).toMatchObject({ line: 2 });
  });

  it('pollutes no prototype', () => {
    parseSharedFile(read('proto-key'));
    parseSharedFile(read('constructor-key'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a file over the size cap before reading it', () => {
    const text = serializeSharedFile([person(), observation()]);
    const result = parseSharedFile(new TextEncoder().encode(text), { maxFileBytes: 100 });
    expect(result.ok || result.issues).toEqual([
      { line: 0, field: '', message: 'is larger than the limit of 100 bytes' },
    ]);
    expect(parseSharedFile(text, { maxFileBytes: 100 }).ok).toBe(false);
  });

  it('refuses too many records', () => {
    const records = Array.from({ length: 6 }, (_, i) => observation({ text: `note ${i}` }));
    const result = parseSharedFile(serializeSharedFile(records), { maxRecords: 5 });
    expect(result.ok || result.issues[0]).toMatchObject({
      line: 7,
      message: 'more than 5 records',
    });
  });

  it('refuses an over-long line before parsing it', () => {
    const text = serializeSharedFile([observation({ text: 'x'.repeat(5000) })]);
    const result = parseSharedFile(text, { maxLineBytes: 1000 });
    expect(result.ok || result.issues[0]).toMatchObject({ line: 2, message: /longer than/ });
  });

  it('leaves the store exactly as it was when any line is bad (all or nothing)', async () => {
    const store = createMemoryStore();
    const kept = person({ displayName: 'Already here' });
    await store.put(kept);
    const before = JSON.stringify(await store.all());
    const result = await importIntoStore(store, read('bad-then-good'));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(await store.all())).toBe(before);
  });

  it('never throws on mutated valid files, and names a real line (fast-check)', () => {
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'delete', 'replace-line', 'truncate', 'duplicate-line'),
      text: fc.oneof(
        fc.string(),
        fc.json(),
        fc.constantFrom('\0', '{', '"', '\uD800', '[[[[[[', '__proto__'),
      ),
    });
    fc.assert(
      fc.property(
        threeStates,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        ([a], mutations) => {
          let text = serializeSharedFile(a);
          for (const m of mutations) text = mutate(text, m);
          const result = parseSharedFile(text, { maxDepth: 8 });
          if (result.ok) return;
          const lines = text.split('\n').length;
          for (const issue of result.issues) checkIssue(issue, lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = parseSharedFile(bytes);
        if (!result.ok) for (const issue of result.issues) checkIssue(issue, Infinity);
      }),
      { numRuns: 300 },
    );
  });
});

function checkIssue(issue: FileIssue, lines: number): void {
  expect(issue.line).toBeGreaterThanOrEqual(0);
  expect(issue.line).toBeLessThanOrEqual(lines);
  expect(issue.message.length).toBeGreaterThan(0);
}

function mutate(text: string, m: { at: number; kind: string; text: string }): string {
  const at = m.at % (text.length + 1);
  const lines = text.split('\n');
  const line = m.at % lines.length;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1 + (m.text.length % 5));
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n');
    default:
      return [...lines.slice(0, line), m.text.replace(/\n/g, ' '), ...lines.slice(line + 1)].join(
        '\n',
      );
  }
}
