import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CodeRange } from '@coaching-notes/shared';
import {
  applyChange,
  applyChanges,
  fingerprintOf,
  indexText,
  parseFingerprint,
  FUZZY_THRESHOLD,
  reanchor,
  snippetOf,
  splitLines,
  tokenSimilarity,
  tokensOf,
  type TextChange,
} from '../../extension-vscode/src/anchors';

const line = (n: number, from = 0, to = 10): CodeRange => ({
  startLine: n,
  startCharacter: from,
  endLine: n,
  endCharacter: to,
});
const insert = (at: number, character: number, text: string): TextChange => ({
  range: { startLine: at, startCharacter: character, endLine: at, endCharacter: character },
  text,
});
const replace = (range: CodeRange, text: string): TextChange => ({ range, text });

const SAMPLE = [
  'export function total(items) {',
  '  let sum = 0;',
  '  for (const item of items) {',
  '    sum += item.price;',
  '  }',
  '  return sum;',
  '}',
].join('\n');

describe('fingerprintOf', () => {
  it('ignores indentation and runs of spaces, not content', () => {
    const a = fingerprintOf(['  let   sum = 0;'], line(0));
    expect(fingerprintOf(['let sum = 0;'], line(0))).toBe(a);
    expect(fingerprintOf(['let sum = 1;'], line(0))).not.toBe(a);
  });

  it('records the number of covered lines; a selection ending at column 0 stops a line earlier', () => {
    const lines = splitLines(SAMPLE);
    const twoLines = fingerprintOf(lines, {
      startLine: 1,
      startCharacter: 0,
      endLine: 3,
      endCharacter: 0,
    });
    expect(parseFingerprint(twoLines)?.lineCount).toBe(2);
    expect(parseFingerprint('nonsense')).toBeUndefined();
  });
});

describe('applyChange', () => {
  it('moves a note down when lines are inserted above it', () => {
    expect(applyChange(line(5), insert(2, 0, 'a\nb\n'))).toEqual({
      range: line(7),
      status: 'kept',
    });
  });

  it('moves a note up when lines above it are deleted', () => {
    const deleteTwo = replace({ startLine: 1, startCharacter: 0, endLine: 3, endCharacter: 0 }, '');
    expect(applyChange(line(5), deleteTwo)).toEqual({ range: line(3), status: 'kept' });
  });

  it('leaves a note alone when the change is below it', () => {
    expect(applyChange(line(5), insert(9, 0, 'x\n'))).toEqual({ range: line(5), status: 'kept' });
  });

  it('shifts columns for text typed earlier on the same line', () => {
    expect(applyChange(line(5, 4, 10), insert(5, 0, 'ab'))).toEqual({
      range: line(5, 6, 12),
      status: 'kept',
    });
  });

  it('stretches over an edit inside the note', () => {
    expect(applyChange(line(5, 0, 10), insert(5, 3, 'xyz'))).toEqual({
      range: line(5, 0, 13),
      status: 'edited',
    });
  });

  it('moves with a new line typed at the very start of the noted line', () => {
    expect(applyChange(line(5, 0, 10), insert(5, 0, '\n'))).toEqual({
      range: line(6, 0, 10),
      status: 'kept',
    });
  });

  it('keeps the note on a small rewrite of exactly its code', () => {
    expect(applyChange(line(5, 0, 10), replace(line(5, 0, 10), 'shorter'))).toEqual({
      range: line(5, 0, 7),
      status: 'edited',
    });
  });

  it('reports lost when a large replacement swallows the note (reload, checkout)', () => {
    const wholeFile = replace(
      { startLine: 0, startCharacter: 0, endLine: 100, endCharacter: 0 },
      'new',
    );
    expect(applyChange(line(5), wholeFile).status).toBe('lost');
  });
});

describe('applyChanges', () => {
  it('applies a multi-cursor event bottom-up, in any reported order', () => {
    const changes = [insert(1, 0, 'x\n'), insert(8, 0, 'y\n'), insert(3, 0, 'z\n')];
    expect(applyChanges(line(5), changes).range).toEqual(line(7));
    expect(applyChanges(line(5), [...changes].reverse()).range).toEqual(line(7));
  });

  it('matches re-applying the edit to the text (property)', () => {
    // Inserting whole lines above/below a one-line note: the note's text must stay the same.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 3 })), {
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 11 }),
        (inserts, noted) => {
          let lines = Array.from({ length: 12 }, (_, i) => `line ${i}`);
          let range = line(noted, 0, lines[noted]!.length);
          const text = lines[noted];
          for (const [at, count] of inserts) {
            const added = Array.from({ length: count }, () => 'new');
            lines = [...lines.slice(0, at), ...added, ...lines.slice(at)];
            range = applyChanges(range, [insert(at, 0, added.map((l) => `${l}\n`).join(''))]).range;
          }
          expect(lines[range.startLine]).toBe(text);
        },
      ),
    );
  });
});

describe('reanchor', () => {
  const lines = splitLines(SAMPLE);
  const noted = line(3, 0, lines[3]!.length);
  const fingerprint = fingerprintOf(lines, noted);

  it('keeps a note whose code is still where it was', () => {
    expect(reanchor(noted, fingerprint, indexText(SAMPLE))).toEqual({
      range: noted,
      status: 'kept',
    });
  });

  it('finds the code after lines were added above it on disk', () => {
    const changed = `// header\n// more\n\n${SAMPLE}`;
    const placed = reanchor(noted, fingerprint, indexText(changed));
    expect(placed.status).toBe('moved');
    expect(placed.range.startLine).toBe(6);
  });

  it('finds re-indented code', () => {
    const changed = SAMPLE.replace('    sum += item.price;', '\t\tsum  +=  item.price;');
    expect(reanchor(noted, fingerprint, indexText(changed)).status).toBe('kept');
  });

  it('picks the nearest of several identical places', () => {
    const text = ['x();', 'a', 'x();', 'b', 'c', 'd', 'e', 'x();'].join('\n');
    const fp = fingerprintOf(splitLines(text), line(7, 0, 4));
    const shifted = `\n${text}`;
    expect(reanchor(line(7, 0, 4), fp, indexText(shifted)).range.startLine).toBe(8);
  });

  it('detaches, and keeps the last range, when the code is gone', () => {
    const changed = SAMPLE.replace('sum += item.price;', 'sum += item.cost;');
    expect(reanchor(noted, fingerprint, indexText(changed))).toEqual({
      range: noted,
      status: 'detached',
    });
  });

  it('re-anchors a multi-line note as a block', () => {
    const block: CodeRange = { startLine: 2, startCharacter: 0, endLine: 4, endCharacter: 3 };
    const fp = fingerprintOf(lines, block);
    const placed = reanchor(block, fp, indexText(`a\nb\n${SAMPLE}`));
    expect(placed).toEqual({ range: { ...block, startLine: 4, endLine: 6 }, status: 'moved' });
  });

  describe('with the noted code (fuzzy match)', () => {
    const snippet = snippetOf(lines, noted);

    it('keeps a note whose line had one token changed on disk (a checkout), as typing would', () => {
      const changed = `// header\n${SAMPLE.replace('sum += item.price;', 'sum += item.cost;')}`;
      const placed = reanchor(noted, fingerprint, indexText(changed), snippet);
      expect(placed.status).toBe('edited');
      expect(placed.range.startLine).toBe(4);
      expect(placed.range.endCharacter).toBe('    sum += item.cost;'.length);
    });

    it('detaches when two of the line’s six tokens changed (below the threshold)', () => {
      const changed = SAMPLE.replace('sum += item.price;', 'total -= item.price;');
      expect(
        tokenSimilarity(tokensOf('sum += item.price;'), tokensOf('total -= item.price;')),
      ).toBeLessThan(FUZZY_THRESHOLD);
      expect(reanchor(noted, fingerprint, indexText(changed), snippet).status).toBe('detached');
    });

    it('detaches when the line was replaced by other code', () => {
      const changed = SAMPLE.replace('sum += item.price;', 'console.log(items.length);');
      expect(reanchor(noted, fingerprint, indexText(changed), snippet).status).toBe('detached');
    });

    it('measures similarity by tokens: one of six changed is 5/6', () => {
      expect(tokensOf('sum += item.price;')).toEqual(['sum', '+', '=', 'item', '.', 'price', ';']);
      expect(tokenSimilarity(tokensOf('a.b(c)'), tokensOf('a.b(c)'))).toBe(1);
      expect(
        tokenSimilarity(tokensOf('sum += item.price;'), tokensOf('sum += item.cost;')),
      ).toBeCloseTo(6 / 7);
      expect(tokenSimilarity([], [])).toBe(1);
    });
  });
});
