import * as vscode from 'vscode';
import { t } from '../l10n';
import { OBSERVATION_KINDS, type CodeRange, formatOffset } from '@coaching-notes/shared';
import type { AnchorTracker } from '../notes/anchor-tracker';
import type { Authorship } from '../people/authorship';
import { kindLabel } from '../notes/labels';
import type { PrivateReveal } from '../notes/private-reveal';
import { noteFileOf } from '../workspace/paths';
import {
  decorationsByIcon,
  type DecoratedNote,
  type HoverLabels,
  type NoteIcon,
} from './decoration-model';

const ICONS: readonly NoteIcon[] = [...OBSERVATION_KINDS, 'private'];

/**
 * Notes in the editor as gutter icons with a hover, not Comments API threads: while pairing,
 * the coachee looks at the same screen, and notes must not open up inline next to the code.
 * Decorations also cost nothing in layout and do not make the notes look like a code review.
 * The hover sits on the code, where the coachee hovers too: a private note shows a neutral
 * icon and no text until the coach reveals private notes.
 */
export class NoteDecorations implements vscode.Disposable {
  private readonly types: Map<NoteIcon, vscode.TextEditorDecorationType>;
  /** Hovers over the whole noted code; the icon types mark the first line only. */
  private readonly hoverType = vscode.window.createTextEditorDecorationType({});
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly tracker: AnchorTracker,
    private readonly privacy: PrivateReveal,
    private readonly authorship: Authorship,
  ) {
    const iconKind = (kind: NoteIcon) => (kind === 'intervention' ? 'fact' : kind);
    this.types = new Map(
      ICONS.map((kind) => [
        kind,
        vscode.window.createTextEditorDecorationType({
          gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', `note-${iconKind(kind)}.svg`),
          gutterIconSize: 'contain',
          overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      ]),
    );
    this.disposables.push(
      this.hoverType,
      ...this.types.values(),
      tracker.onDidChange(() => this.refreshAll()),
      privacy.onDidChange(() => this.refreshAll()),
      authorship.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  private refresh(editor: vscode.TextEditor): void {
    const file = noteFileOf(editor.document.uri);
    const notes: DecoratedNote[] = file
      ? this.tracker
          .notesIn(file)
          // The coach's notes wait for the coachee's own view of the session.
          .filter(({ note }) => !this.authorship.isWithheld(note))
          .map(({ note, placement }) => ({
            id: note.id,
            kind: note.kind,
            text: note.text,
            offsetMs: note.offsetMs,
            range: placement.range,
            detached: placement.detached,
            shared: note.visibility === 'shared',
            byline: this.authorship.bylineOf(note),
            responses: this.authorship.responsesTo(note.id).map((r) => this.authorship.describe(r)),
          }))
      : [];
    const labels: HoverLabels = {
      head: (note) => {
        const head = t(
          '{0} · {1} into the session',
          kindLabel(note.kind),
          formatOffset(note.offsetMs),
        );
        return note.shared ? t('{0} · shared', head) : t('{0} · private', head);
      },
      hiddenPrivate: t(
        'Private note: its text is hidden on the shared screen. Reveal private notes from the Coaching view (eye button) to show it.',
      ),
    };
    const byKind = decorationsByIcon(
      notes,
      editor.document.lineCount,
      labels,
      this.privacy.revealed,
    );
    const toRange = (range: CodeRange) =>
      new vscode.Range(range.startLine, range.startCharacter, range.endLine, range.endCharacter);
    const hovers: vscode.DecorationOptions[] = [];
    for (const [kind, type] of this.types) {
      const icons = (byKind.get(kind) ?? []).map((decoration) => {
        const hover = new vscode.MarkdownString(decoration.hover);
        hover.isTrusted = false;
        hover.supportHtml = false;
        hovers.push({ range: toRange(decoration.range), hoverMessage: hover });
        return { range: toRange(decoration.iconRange) };
      });
      editor.setDecorations(type, icons);
    }
    editor.setDecorations(this.hoverType, hovers);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
