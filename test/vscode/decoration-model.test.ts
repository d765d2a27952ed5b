import { describe, expect, it } from 'vitest';
import {
  decorationsByIcon,
  escapeMarkdown,
  type DecoratedNote,
  type HoverLabels,
} from '../../extension-vscode/src/views/decoration-model';

const note = (
  id: string,
  kind: DecoratedNote['kind'],
  line: number,
  detached = false,
  shared = false,
): DecoratedNote => ({
  id,
  kind,
  text: `note ${id}`,
  offsetMs: 0,
  range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 1 },
  detached,
  shared,
});

const labels: HoverLabels = { head: (n) => n.kind, hiddenPrivate: 'Private note' };

describe('decoration model', () => {
  it('groups notes by kind and leaves detached and out-of-range notes out', () => {
    const byIcon = decorationsByIcon(
      [note('a', 'top', 1), note('b', 'tip', 2), note('c', 'top', 3, true), note('d', 'top', 99)],
      10,
      labels,
      true,
    );
    expect(byIcon.get('top')?.map((d) => d.range.startLine)).toEqual([1]);
    expect(byIcon.get('tip')).toHaveLength(1);
  });

  it('hides a private note’s text and kind in the hover until private notes are revealed', () => {
    const notes = [note('secret', 'tip', 1), note('open', 'top', 2, false, true)];
    const hidden = decorationsByIcon(notes, 10, labels, false);
    expect([...hidden.keys()].sort()).toEqual(['private', 'top']);
    const hovers = [...hidden.values()].flat().map((d) => d.hover);
    expect(hovers.join('\n')).not.toContain('note secret');
    expect(hovers.join('\n')).not.toContain('tip');
    expect(hidden.get('private')?.[0]?.hover).toBe('Private note');
    expect(hidden.get('top')?.[0]?.hover).toContain('note open');

    const revealed = decorationsByIcon(notes, 10, labels, true);
    expect(revealed.get('tip')?.[0]?.hover).toContain('note secret');
    expect(revealed.has('private')).toBe(false);
  });

  it('escapes note text so it cannot render links, images or HTML in the hover', () => {
    expect(escapeMarkdown('[x](command:evil) <img src=x>')).toBe(
      '\\[x\\]\\(command:evil\\) \\<img src=x\\>',
    );
  });
});

describe('decoration model: multi-line notes', () => {
  it('puts one gutter icon on the first line of a multi-line note, the hover over all of it', () => {
    const block: DecoratedNote = {
      ...note('m', 'top', 3),
      range: { startLine: 3, startCharacter: 2, endLine: 7, endCharacter: 1 },
    };
    const [decoration] = decorationsByIcon([block], 10, labels, true).get('top') ?? [];
    expect(decoration?.iconRange).toEqual({
      startLine: 3,
      startCharacter: 2,
      endLine: 3,
      endCharacter: 2,
    });
    expect(decoration?.range).toEqual(block.range);
  });

  it('puts who wrote a note and the replies to it under its text, escaped', () => {
    const shared = {
      ...note('open', 'top', 2, false, true),
      byline: 'by Marieke',
      responses: ['Daan: Agree', 'Daan: see [link](http://x)'],
    };
    const [decoration] = decorationsByIcon([shared], 10, labels, false).get('top')!;
    expect(decoration!.hover).toBe(
      '**top**\n\nnote open\n\n_by Marieke_\n\n↳ Daan: Agree\n\n↳ Daan: see \\[link\\]\\(http://x\\)',
    );
  });
});
