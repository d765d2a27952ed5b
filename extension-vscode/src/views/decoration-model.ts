import type { CodeRange, ObservationKind } from '@coaching-notes/shared';

/** What the editor decorations need of one note; pure so the benchmark can time it. */
export interface DecoratedNote {
  id: string;
  kind: ObservationKind;
  text: string;
  offsetMs: number;
  range: CodeRange;
  detached: boolean;
  /** Shared with the coachee; private notes are the default. */
  shared: boolean;
  /** "by Marieke · edited by Daan", when known. */
  byline?: string;
  /** The replies and acknowledgements, "Daan: Agree", oldest first. */
  responses?: readonly string[];
}

/** A gutter icon: the note's kind, or one neutral icon for every private note kept hidden. */
export type NoteIcon = ObservationKind | 'private';

export interface NoteDecoration {
  /** The whole noted code, where the hover answers. */
  range: CodeRange;
  /** The first noted line only: one gutter icon per note, however many lines it covers. */
  iconRange: CodeRange;
  /** Markdown for the hover; note text is escaped so it cannot inject links or HTML. */
  hover: string;
}

export interface HoverLabels {
  /** The bold first line of a note's hover (kind, time, shared). */
  head(note: DecoratedNote): string;
  /** The whole hover of a private note while private texts are hidden: no kind, no text. */
  hiddenPrivate: string;
}

/** Characters Markdown or HTML would interpret. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
}

/**
 * One list per gutter icon, notes on lines that exist in the document, detached notes left
 * out. Unless `revealPrivate`, a private note shows neither its text nor its kind (a tip icon
 * on a shared screen already says "the coach thinks this could be better").
 */
export function decorationsByIcon(
  notes: readonly DecoratedNote[],
  lineCount: number,
  labels: HoverLabels,
  revealPrivate: boolean,
): Map<NoteIcon, NoteDecoration[]> {
  const out = new Map<NoteIcon, NoteDecoration[]>();
  for (const note of notes) {
    if (note.detached || note.range.startLine >= lineCount) continue;
    const hidden = !note.shared && !revealPrivate;
    const icon: NoteIcon = hidden ? 'private' : note.kind;
    const list = out.get(icon) ?? [];
    if (list.length === 0) out.set(icon, list);
    const hover = hidden
      ? labels.hiddenPrivate
      : [
          `**${labels.head(note)}**`,
          escapeMarkdown(note.text),
          ...(note.byline ? [`_${escapeMarkdown(note.byline)}_`] : []),
          ...(note.responses ?? []).map((response) => `↳ ${escapeMarkdown(response)}`),
        ].join('\n\n');
    const first = note.range.startLine;
    list.push({
      range: note.range,
      iconRange: {
        startLine: first,
        startCharacter: note.range.startCharacter,
        endLine: first,
        endCharacter:
          note.range.endLine === first ? note.range.endCharacter : note.range.startCharacter,
      },
      hover,
    });
  }
  return out;
}
