import * as vscode from 'vscode';
import {
  createResponse,
  isAnswerable,
  t as translate,
  type Observation,
  type ResponseKind,
} from '@coaching-notes/shared';
import { t } from '../l10n';
import type { Authorship } from '../people/authorship';
import { ensureMe } from '../people/me';
import type { Services } from '../services';

/**
 * Someone else's note is read-only in my tools. A command reached anyway (a stale menu, a
 * keybinding, another extension) is refused with the reason; true when refused.
 */
export async function refuseUnlessMine(
  note: Observation,
  authorship: Authorship,
): Promise<boolean> {
  await authorship.whenReady();
  if (authorship.mayEdit(note)) return false;
  const { by } = authorship.labelsOf(note);
  vscode.window.showWarningMessage(
    by
      ? t(
          'This note is someone else’s ({0}): only its author can change, hide or delete it. You can reply to it or acknowledge it.',
          by,
        )
      : t(
          'This note is someone else’s: only its author can change, hide or delete it. You can reply to it or acknowledge it.',
        ),
  );
  return true;
}

async function answerable(services: Services, id: string | undefined) {
  const note = id ? await services.store.get('observation', id) : undefined;
  return note && isAnswerable(note) ? note : undefined;
}

/** "Read" or "Agree" on a shared note, as a response record linked to it. */
export async function acknowledgeNote(services: Services, id: string | undefined): Promise<void> {
  const note = await answerable(services, id);
  if (!note) return;
  const kinds: ResponseKind[] = ['read', 'agree'];
  const picked = await vscode.window.showQuickPick(
    kinds.map((kind) => ({
      label: translate(services.locale, `core.responseKind.${kind}`),
      response: kind,
    })),
    { title: t('Acknowledge Note'), placeHolder: note.text.slice(0, 120) },
  );
  if (!picked) return;
  await respond(services, note, picked.response);
}

/** A reply to a shared note, as a response record linked to it. */
export async function replyToNote(services: Services, id: string | undefined): Promise<void> {
  const note = await answerable(services, id);
  if (!note) return;
  const text = (
    await vscode.window.showInputBox({
      title: t('Reply to Note'),
      prompt: t('Your reply to "{0}"', note.text.slice(0, 80)),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : t('Type a reply.')),
    })
  )?.trim();
  if (!text) return;
  await respond(services, note, 'reply', text);
}

async function respond(
  services: Services,
  note: Observation,
  kind: ResponseKind,
  text?: string,
): Promise<void> {
  // A response is someone's words: who am I, the first time.
  if (!(await ensureMe(services))) return;
  const response = createResponse(
    note,
    text === undefined ? { kind } : { kind, text },
    services.changeContext(),
  );
  await services.store.put(response);
  vscode.window.setStatusBarMessage(
    kind === 'reply' ? t('Reply saved.') : t('Acknowledged.'),
    4_000,
  );
}
