import * as vscode from 'vscode';
import { t } from './l10n';
import {
  editRecord,
  tombstoneOf,
  type Observation,
  type ObservationKind,
  type Session,
} from '@coaching-notes/shared';
import { addNote } from './notes/add-note';
import type { AnchorTracker } from './notes/anchor-tracker';
import type { PrivateReveal } from './notes/private-reveal';
import { editNote } from './notes/edit-note';
import { acknowledgeNote, refuseUnlessMine, replyToNote } from './notes/respond';
import type { Authorship } from './people/authorship';
import { reattachNote } from './notes/reattach';
import type { Services } from './services';
import { assessMyself } from './session/assess-myself';
import type { SessionController } from './session/session-controller';
import { exportSharedFile, importSharedFile } from './storage/shared-file-commands';
import type { LiveLink } from './storage/live-link';
import { setUpRepository } from './storage/setup-repository';
import { chooseMe } from './people/me';
import { uriOfNoteFile } from './workspace/paths';
import type { CoacheeDebriefPanels } from './webview/coachee-panel';
import type { DebriefPanels } from './webview/debrief-panel';

export interface CommandDeps {
  services: Services;
  sessions: SessionController;
  tracker: AnchorTracker;
  debriefs: DebriefPanels;
  coacheeDebriefs: CoacheeDebriefPanels;
  privacy: PrivateReveal;
  authorship: Authorship;
  link: LiveLink;
}

const NOTE_KINDS: [string, ObservationKind][] = [
  ['coachingNotes.addTop', 'top'],
  ['coachingNotes.addTip', 'tip'],
  ['coachingNotes.addQuestion', 'question'],
  ['coachingNotes.addFact', 'fact'],
];

/** Tree items pass their node; the palette passes nothing. */
type NodeArg = { session?: Session; note?: Observation } | undefined;

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { services, sessions, tracker, debriefs, coacheeDebriefs, privacy, authorship, link } =
    deps;
  const openDebrief = (id: string) => debriefs.open(id);
  const openWithCoachee = (id: string) => coacheeDebriefs.open(id);
  const register = (id: string, run: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, run);
  // Someone else's note is refused with the reason; the stored note decides, not the snapshot.
  const onlyMine = async (node: NodeArg, change: () => unknown) => {
    const id = node?.note?.id;
    const note = id ? await services.store.get('observation', id) : undefined;
    if (note && (await refuseUnlessMine(note, authorship))) return;
    await change();
  };
  return [
    register('coachingNotes.startSession', () => sessions.start()),
    register('coachingNotes.endSession', () => sessions.end()),
    register('coachingNotes.swapRoles', () => sessions.swap()),
    ...NOTE_KINDS.map(([id, kind]) =>
      register(id, () => addNote(kind, services, sessions, tracker)),
    ),
    register('coachingNotes.openDebrief', () => pickDebrief(services, openDebrief)),
    register('coachingNotes.debriefSession', (node: NodeArg) =>
      node?.session ? openDebrief(node.session.id) : pickDebrief(services, openDebrief),
    ),
    register('coachingNotes.debriefWithCoachee', (node: NodeArg) =>
      node?.session ? openWithCoachee(node.session.id) : pickDebrief(services, openWithCoachee),
    ),
    register('coachingNotes.revealNote', (id: string) => revealNote(id, services, tracker)),
    register('coachingNotes.deleteNote', (node: NodeArg) =>
      onlyMine(node, () => deleteNote(node, services, privacy)),
    ),
    register('coachingNotes.editNote', (node: NodeArg) =>
      onlyMine(node, () => editNote(node, services)),
    ),
    register('coachingNotes.reattachNote', (node: NodeArg) =>
      onlyMine(node, () => reattachNote(node, services, tracker, privacy)),
    ),
    register('coachingNotes.acknowledgeNote', (node: NodeArg) =>
      acknowledgeNote(services, node?.note?.id),
    ),
    register('coachingNotes.assessMyself', (node: NodeArg) =>
      assessMyself(services, authorship, node?.session?.id),
    ),
    register('coachingNotes.skipSelfAssessment', (node: NodeArg) =>
      node?.session ? authorship.skipSelfAssessment(node.session.id) : undefined,
    ),
    register('coachingNotes.replyToNote', (node: NodeArg) => replyToNote(services, node?.note?.id)),
    register('coachingNotes.revealPrivateNotes', () => privacy.reveal()),
    register('coachingNotes.hidePrivateNotes', () => privacy.hide()),
    register('coachingNotes.shareNote', (node: NodeArg) =>
      onlyMine(node, () => setVisibility(node, 'shared', services)),
    ),
    register('coachingNotes.makeNotePrivate', (node: NodeArg) =>
      onlyMine(node, () => setVisibility(node, 'private', services)),
    ),
    register('coachingNotes.exportSharedFile', () => exportSharedFile(services)),
    register('coachingNotes.setUpRepository', () => setUpRepository()),
    // The people of the shared files are among the choices once they are read.
    register('coachingNotes.chooseMe', () => link.settled().then(() => chooseMe(services))),
    register('coachingNotes.importSharedFile', (uri?: vscode.Uri) =>
      importSharedFile(services, uri),
    ),
  ];
}

/** The most recent pairing sessions first; the one waiting for its debrief preselected. */
async function pickDebrief(
  services: Services,
  open: (sessionId: string) => Promise<void>,
): Promise<void> {
  const sessions = (await services.store.list({ type: 'session' }))
    .filter((s) => s.kind === 'pairing' && s.status !== 'planned')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  if (sessions.length === 0) {
    vscode.window.showInformationMessage(t('There is no pairing session to debrief yet.'));
    return;
  }
  const waiting = sessions.find((s) => s.status === 'debrief');
  const picked =
    sessions.length === 1
      ? sessions[0]
      : (
          await vscode.window.showQuickPick(
            sessions.map((session) => ({
              label: session.title,
              description: session.date,
              picked: session === waiting,
              session,
            })),
            { placeHolder: t('Which session do you want to debrief?') },
          )
        )?.session;
  if (picked) await open(picked.id);
}

async function revealNote(id: string, services: Services, tracker: AnchorTracker): Promise<void> {
  const note = await services.store.get('observation', id);
  if (note?.anchor?.kind !== 'code') return;
  const uri = uriOfNoteFile(note.anchor.file);
  if (!uri) return;
  const placement = tracker.placementOf(id);
  const range = placement?.range ?? note.anchor.range;
  try {
    const editor = await vscode.window.showTextDocument(uri, { preview: true });
    const target = new vscode.Range(
      range.startLine,
      range.startCharacter,
      range.endLine,
      range.endCharacter,
    );
    editor.selection = new vscode.Selection(target.start, target.end);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (placement?.detached) {
      vscode.window.showWarningMessage(
        t('This note is detached: its code was not found again. It shows where it was last.'),
      );
    }
  } catch {
    vscode.window.showWarningMessage(t('The file {0} is not in this workspace.', note.anchor.file));
  }
}

async function deleteNote(
  node: NodeArg,
  services: Services,
  privacy: PrivateReveal,
): Promise<void> {
  const note = node?.note;
  if (!note) return;
  const remove = t('Delete');
  // The dialog is on the shared screen too: a hidden private text stays hidden in it.
  const hidden = note.visibility !== 'shared' && !privacy.revealed;
  const answer = await vscode.window.showWarningMessage(
    hidden ? t('Delete this private note?') : t('Delete this note? "{0}"', note.text.slice(0, 80)),
    { modal: true },
    remove,
  );
  if (answer !== remove) return;
  await services.store.delete(tombstoneOf(note, services.changeContext()));
}

/**
 * Shares a note with the coachee (it goes into every export of the shared file) or takes it back
 * to private (it stays out unless the coach includes private notes for one export).
 */
async function setVisibility(
  node: NodeArg,
  visibility: Observation['visibility'],
  services: Services,
): Promise<void> {
  const id = node?.note?.id;
  if (!id) return;
  // The tree item may be older than the store: edit the stored note, not the snapshot.
  const note = await services.store.get('observation', id);
  if (!note || note.visibility === visibility) return;
  await services.store.put(editRecord(note, { visibility }, services.changeContext()));
  vscode.window.setStatusBarMessage(
    visibility === 'shared'
      ? t('Shared: this note goes into the shared file.')
      : t('Private: this note stays with you.'),
    4_000,
  );
}
