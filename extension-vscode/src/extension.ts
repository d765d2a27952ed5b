import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { t } from './l10n';
import { AnchorTracker } from './notes/anchor-tracker';
import { actorId, createServices } from './services';
import { SessionController } from './session/session-controller';
import { SharedFileDiagnostics } from './storage/diagnostics';
import { LiveLink } from './storage/live-link';
import { deferredStore } from './storage/deferred-store';
import { openStore } from './storage/open-store';
import { NoteDecorations } from './views/decorations';
import { Authorship } from './people/authorship';
import { PrivateReveal } from './notes/private-reveal';
import { NotesTree } from './views/notes-tree';
import { COACHEE_DEBRIEF_VIEW_TYPE, CoacheeDebriefPanels } from './webview/coachee-panel';
import { DEBRIEF_VIEW_TYPE, DebriefPanels } from './webview/debrief-panel';

let shutdown: (() => Promise<void>) | undefined;

/**
 * Composition root: wires the modules and starts opening the store; every registration is
 * disposed. Activation does not wait for the notes to load (a large log takes a while to
 * read): the store answers each call once it is open, and the notes then appear on their code.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Reading and checking a large log is synchronous work once the file is in; it starts after
  // activation has returned, so VS Code never waits on it (the first store call does).
  const opening = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
    openStore(context.globalStorageUri),
  );
  const store = deferredStore(opening);
  const actor = await actorId(context);
  const services = createServices(store, actor, context.globalState);

  const debriefs = new DebriefPanels(context.extensionUri, services, actor);
  const coacheeDebriefs = new CoacheeDebriefPanels(context.extensionUri, services);
  const sessions = new SessionController(services, context.workspaceState, (session) =>
    debriefs.open(session.id),
  );
  const tracker = new AnchorTracker(services);
  const privacy = new PrivateReveal();
  const authorship = new Authorship(services);
  const tree = new NotesTree(
    services,
    tracker,
    () => sessions.activeSessionId,
    privacy,
    authorship,
  );
  const decorations = new NoteDecorations(context.extensionUri, tracker, privacy, authorship);
  const link = new LiveLink(services, () => askWhoIAm());
  context.subscriptions.push(
    privacy,
    authorship,
    debriefs,
    coacheeDebriefs,
    sessions,
    tracker,
    tree,
    decorations,
    link,
    new SharedFileDiagnostics(),
    vscode.window.registerTreeDataProvider('coachingNotes.notes', tree),
    vscode.window.registerWebviewPanelSerializer(DEBRIEF_VIEW_TYPE, debriefs),
    vscode.window.registerWebviewPanelSerializer(COACHEE_DEBRIEF_VIEW_TYPE, coacheeDebriefs),
    sessions.onDidChange(() => tree.refreshSoon()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('coachingNotes.rotationMinutes')) sessions.applySettings();
      // Every text on screen is drawn in the coaching language: draw it again in the new one.
      if (event.affectsConfiguration('coachingNotes.language')) {
        tree.refreshSoon();
        decorations.refreshAll();
        sessions.applySettings();
      }
    }),
    ...registerCommands({
      services,
      sessions,
      tracker,
      debriefs,
      coacheeDebriefs,
      privacy,
      authorship,
      link,
    }),
  );
  shutdown = async () => {
    await tracker.persist();
    await store.close();
  };
  // Both wait for the store themselves; started now so that commands can wait for them.
  void tracker.reload().catch(() => undefined);
  void sessions.restore();
  void opening.then(() => link.start()).catch(() => undefined);
  void opening.catch((error: unknown) => {
    void vscode.window.showErrorMessage(
      t('Your coaching notes could not be opened: {0}', (error as Error).message),
    );
  });
}

let askedWhoIAm = false;

/** Once per window: notes came in from a shared file and this installation does not know me. */
function askWhoIAm(): void {
  if (askedWhoIAm) return;
  askedWhoIAm = true;
  const choose = t('Choose Who You Are');
  void vscode.window
    .showInformationMessage(
      t(
        'This repository has shared coaching notes. Say who you are, so that your replies and notes carry your name.',
      ),
      choose,
    )
    .then((answer) =>
      answer === choose ? vscode.commands.executeCommand('coachingNotes.chooseMe') : undefined,
    );
}

export async function deactivate(): Promise<void> {
  await shutdown?.();
  shutdown = undefined;
}
