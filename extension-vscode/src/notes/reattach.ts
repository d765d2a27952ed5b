import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  editRecord,
  type CodeAnchor,
  type Observation,
  formatOffset,
} from '@coaching-notes/shared';
import { fingerprintOf, snippetOf, splitLines } from '../anchors';
import type { Services } from '../services';
import { noteFileOf } from '../workspace/paths';
import { rangeForSelection } from './add-note';
import type { AnchorTracker } from './anchor-tracker';
import { kindLabel } from './labels';
import type { PrivateReveal } from './private-reveal';

/** Which detached note: from its row in the view, or picked (private texts stay hidden). */
async function pickDetached(
  tracker: AnchorTracker,
  privacy: PrivateReveal,
): Promise<string | undefined> {
  const detached = tracker.detachedNotes();
  if (detached.length === 0) {
    vscode.window.showInformationMessage(t('No note is detached.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    detached.map((note) => ({
      label:
        note.visibility === 'shared' || privacy.revealed
          ? `${kindLabel(note.kind)}: ${note.text}`
          : t('Private note'),
      description: t('{0} · detached · {1}', note.anchor.file, formatOffset(note.offsetMs)),
      id: note.id,
    })),
    {
      title: t('Re-attach Note Here'),
      placeHolder: t('Which detached note?'),
      matchOnDescription: true,
    },
  );
  return picked?.id;
}

/**
 * Puts a detached note on the code at the cursor or selection: a new anchor (file, range,
 * fingerprint, code) in an edit of the note, so the revision history keeps where it was.
 */
export async function reattachNote(
  node: { note?: Observation } | undefined,
  services: Services,
  tracker: AnchorTracker,
  privacy: PrivateReveal,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const file = editor ? noteFileOf(editor.document.uri) : undefined;
  if (!editor || !file) {
    vscode.window.showInformationMessage(t('Open a file and put the cursor on the code first.'));
    return;
  }
  const id = node?.note?.id ?? (await pickDetached(tracker, privacy));
  if (!id) return;
  const note = await services.store.get('observation', id);
  if (note?.anchor?.kind !== 'code') return;
  const range = rangeForSelection(editor.selection, editor.document);
  const lines = splitLines(editor.document.getText());
  const { detached: _was, ...rest } = note.anchor;
  const anchor: CodeAnchor = {
    ...rest,
    file,
    range,
    fingerprint: fingerprintOf(lines, range),
    snippet: snippetOf(lines, range),
  };
  await services.store.put(editRecord(note, { anchor }, services.changeContext()));
  vscode.window.setStatusBarMessage(
    t('Note attached to {0}:{1}.', file, range.startLine + 1),
    4000,
  );
}
