import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  createObservation,
  type CodeAnchor,
  type CodeRange,
  type ObservationKind,
} from '@coaching-notes/shared';
import { fingerprintOf, snippetOf, splitLines } from '../anchors';
import type { Services } from '../services';
import type { SessionController } from '../session/session-controller';
import { currentCommit } from '../workspace/git-commit';
import { noteFileOf } from '../workspace/paths';
import type { AnchorTracker } from './anchor-tracker';
import type { CodeNote } from './live-note';
import { kindLabel } from './labels';

/** A cursor without a selection anchors the whole line: that is what a coach points at. */
export function rangeForSelection(
  selection: vscode.Selection,
  document: vscode.TextDocument,
): CodeRange {
  if (selection.isEmpty) {
    const line = document.lineAt(selection.active.line);
    return {
      startLine: line.lineNumber,
      startCharacter: 0,
      endLine: line.lineNumber,
      endCharacter: line.text.length,
    };
  }
  return {
    startLine: selection.start.line,
    startCharacter: selection.start.character,
    endLine: selection.end.line,
    endCharacter: selection.end.character,
  };
}

/**
 * Adds a top / tip / question / fact at the cursor or selection of the active editor, to the
 * running pairing session. Without a session it offers to start one first.
 */
export async function addNote(
  kind: ObservationKind,
  services: Services,
  sessions: SessionController,
  tracker: AnchorTracker,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    vscode.window.showInformationMessage(t('Open a file and put the cursor on the code first.'));
    return;
  }
  const file = noteFileOf(editor.document.uri);
  if (!file) {
    vscode.window.showWarningMessage(t('Notes can only be anchored to files in the workspace.'));
    return;
  }
  let session = await sessions.activeSession();
  if (!session) {
    const start = t('Start Pairing Session');
    const answer = await vscode.window.showInformationMessage(
      t('Notes belong to a pairing session. Start one now?'),
      start,
    );
    if (answer !== start) return;
    await sessions.start();
    session = await sessions.activeSession();
    if (!session) return;
  }
  const range = rangeForSelection(editor.selection, editor.document);
  const text = await vscode.window.showInputBox({
    title: t('{0} at {1}:{2}', kindLabel(kind), file, range.startLine + 1),
    prompt: kindPrompt(kind),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : t('Write what you saw or heard.')),
  });
  if (!text) return;
  const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
  const commit = folder ? await currentCommit(folder.uri) : undefined;
  const lines = splitLines(editor.document.getText());
  const anchor: CodeAnchor = {
    kind: 'code',
    file,
    range,
    fingerprint: fingerprintOf(lines, range),
    snippet: snippetOf(lines, range),
    ...(commit ? { commit } : {}),
  };
  const note = createObservation(
    session,
    { kind, text, anchor },
    services.changeContext(),
  ) as CodeNote;
  tracker.track(note);
  await services.store.put(note);
  vscode.window.setStatusBarMessage(t('{0} noted.', kindLabel(kind)), 3000);
}

function kindPrompt(kind: ObservationKind): string {
  switch (kind) {
    case 'top':
      return t('What went well here? Be concrete.');
    case 'tip':
      return t('What could go better next time?');
    case 'question':
      return t('What do you want to ask about this?');
    default:
      return t('What happened here?');
  }
}
