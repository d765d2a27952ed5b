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
}

export interface NoteDecoration {
  range: CodeRange;
  /** Markdown for the hover; note text is escaped so it cannot inject links or HTML. */
  hover: string;
}

export type HoverLabel = (note: DecoratedNote) => string;

/** Characters Markdown or HTML would interpret. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
}

/** One list per kind, notes on lines that exist in the document, detached notes left out. */
export function decorationsByKind(
  notes: readonly DecoratedNote[],
  lineCount: number,
  label: HoverLabel,
): Map<ObservationKind, NoteDecoration[]> {
  const out = new Map<ObservationKind, NoteDecoration[]>();
  for (const note of notes) {
    if (note.detached || note.range.startLine >= lineCount) continue;
    const list = out.get(note.kind) ?? [];
    if (list.length === 0) out.set(note.kind, list);
    list.push({ range: note.range, hover: `**${label(note)}**\n\n${escapeMarkdown(note.text)}` });
  }
  return out;
}
