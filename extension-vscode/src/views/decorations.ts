import * as vscode from 'vscode';
import { t } from '../l10n';
import { OBSERVATION_KINDS, formatOffset, type ObservationKind } from '@coaching-notes/shared';
import type { AnchorTracker } from '../notes/anchor-tracker';
import { kindLabel } from '../notes/labels';
import { noteFileOf } from '../workspace/paths';
import { decorationsByKind, type DecoratedNote } from './decoration-model';

/**
 * Notes in the editor as gutter icons with a hover, not Comments API threads: while pairing,
 * the coachee looks at the same screen, and private notes must not open up inline next to the
 * code; a gutter icon shows the text only when the coach hovers it. Decorations also cost
 * nothing in layout and do not make the notes look like a code review.
 */
export class NoteDecorations implements vscode.Disposable {
  private readonly types: Map<ObservationKind, vscode.TextEditorDecorationType>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly tracker: AnchorTracker,
  ) {
    const iconKind = (kind: ObservationKind) => (kind === 'intervention' ? 'fact' : kind);
    this.types = new Map(
      OBSERVATION_KINDS.map((kind) => [
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
      ...this.types.values(),
      tracker.onDidChange(() => this.refreshAll()),
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
      ? this.tracker.notesIn(file).map(({ note, placement }) => ({
          id: note.id,
          kind: note.kind,
          text: note.text,
          offsetMs: note.offsetMs,
          range: placement.range,
          detached: placement.detached,
          shared: note.visibility === 'shared',
        }))
      : [];
    const byKind = decorationsByKind(notes, editor.document.lineCount, (note) => {
      const head = t(
        '{0} · {1} into the session',
        kindLabel(note.kind),
        formatOffset(note.offsetMs),
      );
      return note.shared ? t('{0} · shared', head) : head;
    });
    for (const [kind, type] of this.types) {
      const options = (byKind.get(kind) ?? []).map((decoration) => {
        const hover = new vscode.MarkdownString(decoration.hover);
        hover.isTrusted = false;
        hover.supportHtml = false;
        return {
          range: new vscode.Range(
            decoration.range.startLine,
            decoration.range.startCharacter,
            decoration.range.endLine,
            decoration.range.endCharacter,
          ),
          hoverMessage: hover,
        };
      });
      editor.setDecorations(type, options);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
