import * as vscode from 'vscode';
import { t } from '../l10n';
import { OBSERVATION_KINDS, editRecord, type Observation } from '@coaching-notes/shared';
import type { Services } from '../services';
import { kindLabel } from './labels';

/**
 * Changes a note's kind and text from its row in the view. Opening the editor is the coach's
 * own action, so a private note's text shows in the input box; it is an edit of the stored
 * note (new revision), so a change made meanwhile is not overwritten with a stale copy.
 */
export async function editNote(
  node: { note?: Observation } | undefined,
  services: Services,
): Promise<void> {
  const id = node?.note?.id;
  if (!id) return;
  const current = await services.store.get('observation', id);
  if (!current) return;
  const title = t('Edit Note');
  const kind = await vscode.window.showQuickPick(
    OBSERVATION_KINDS.map((value) => ({
      label: kindLabel(value),
      description: value === current.kind ? t('current') : undefined,
      value,
    })).sort((a, b) => Number(b.value === current.kind) - Number(a.value === current.kind)),
    { title, placeHolder: t('What kind of note is it?'), ignoreFocusOut: true },
  );
  if (!kind) return;
  const text = await vscode.window.showInputBox({
    title,
    value: current.text,
    prompt: t('The note’s text'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : t('Write what you saw or heard.')),
  });
  if (text === undefined) return;
  const latest = await services.store.get('observation', id);
  if (!latest) return;
  if (latest.kind === kind.value && latest.text === text) return;
  await services.store.put(
    editRecord(latest, { kind: kind.value, text: text.trim() }, services.changeContext()),
  );
  vscode.window.setStatusBarMessage(t('Note changed.'), 3000);
}
