import { describe, expect, it } from 'vitest';
import {
  decorationsByKind,
  escapeMarkdown,
  type DecoratedNote,
} from '../../extension-vscode/src/views/decoration-model';

const note = (
  id: string,
  kind: DecoratedNote['kind'],
  line: number,
  detached = false,
): DecoratedNote => ({
  id,
  kind,
  text: `note ${id}`,
  offsetMs: 0,
  range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 1 },
  detached,
  shared: false,
});

describe('decoration model', () => {
  it('groups notes by kind and leaves detached and out-of-range notes out', () => {
    const byKind = decorationsByKind(
      [note('a', 'top', 1), note('b', 'tip', 2), note('c', 'top', 3, true), note('d', 'top', 99)],
      10,
      (n) => n.kind,
    );
    expect(byKind.get('top')?.map((d) => d.range.startLine)).toEqual([1]);
    expect(byKind.get('tip')).toHaveLength(1);
  });

  it('escapes note text so it cannot render links, images or HTML in the hover', () => {
    expect(escapeMarkdown('[x](command:evil) <img src=x>')).toBe(
      '\\[x\\]\\(command:evil\\) \\<img src=x\\>',
    );
  });
});
