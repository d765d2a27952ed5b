import * as vscode from 'vscode';
import { createHash } from 'node:crypto';
import {
  acceptForeignChange,
  authorshipIndex,
  describeIssue,
  keepMine,
  planImport,
  type ForeignChange,
  type StoredRecord,
} from '@coaching-notes/shared';
import { t } from '../l10n';
import { kindLabel } from '../notes/labels';
import { myPersonId } from '../people/me';
import type { Services } from '../services';
import { readWorkspaceFile } from './workspace-file-io';

/** Where a team keeps its shared files; dependencies may ship examples of the format. */
export const SHARED_FILES = '**/*.coaching.jsonl';
const NOT_SHARED = '**/node_modules/**';
/** A git pull or an export rewrites the file in several steps: read once it has settled. */
const SETTLE_MS = 400;

/**
 * The live link: every shared file of the workspace is read into the store without a manual
 * import, at start and whenever it changes on disk (a git pull, a colleague's export, a synced
 * folder). Through the import guard: what other people changed of my records is listed and
 * waits for my yes, so nothing of mine disappears silently.
 */
export class LiveLink implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The content last read of each file: an unchanged file is not read or asked about again. */
  private readonly read = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A shared file was read into the store (tests and views may wait for it). */
  readonly onDidRead = this.changed.event;

  constructor(
    private readonly services: Services,
    /** Called after a file brought people in while this installation does not know who I am. */
    private readonly whoAmIUnknown: () => void,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(SHARED_FILES);
    this.disposables.push(
      watcher,
      this.changed,
      watcher.onDidCreate((uri) => this.readSoon(uri)),
      watcher.onDidChange((uri) => this.readSoon(uri)),
      watcher.onDidDelete((uri) => this.read.delete(uri.toString())),
    );
  }

  private starting: Promise<void> = Promise.resolve();

  /** Reads every shared file of the workspace once; later changes come from the watcher. */
  start(): Promise<void> {
    this.starting = Promise.resolve(vscode.workspace.findFiles(SHARED_FILES, NOT_SHARED)).then(
      (files) => {
        for (const uri of files) this.enqueue(uri);
      },
    );
    return this.starting;
  }

  /** Resolves once the files found at start, and changes seen so far, are read. */
  async settled(): Promise<void> {
    await this.starting.catch(() => undefined);
    await this.queue;
  }

  private readSoon(uri: vscode.Uri): void {
    if (uri.path.includes('/node_modules/')) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.enqueue(uri);
      }, SETTLE_MS),
    );
  }

  /** One file at a time: each import plans against what the one before wrote. */
  private enqueue(uri: vscode.Uri): void {
    this.queue = this.queue.then(() => this.readFile(uri)).catch(() => undefined);
  }

  private async readFile(uri: vscode.Uri): Promise<void> {
    const bytes = await readWorkspaceFile(uri);
    if (!bytes) return;
    const digest = createHash('sha256').update(bytes).digest('hex');
    const key = uri.toString();
    if (this.read.get(key) === digest) return;
    this.read.set(key, digest);
    const { store, globalState } = this.services;
    const me = myPersonId(globalState);
    const existing = await store.all();
    const plan = planImport(bytes, existing, me ? { person: me } : {});
    if (!plan.ok) {
      // The file stays as it is; its problems show in the editor (see diagnostics.ts).
      const show = t('Show problems');
      void vscode.window
        .showWarningMessage(
          t(
            'The notes in {0} are not shown: {1}',
            vscode.workspace.asRelativePath(uri),
            describeIssue(plan.issues[0]!),
          ),
          show,
        )
        .then((answer) => (answer === show ? vscode.window.showTextDocument(uri) : undefined));
      return;
    }
    if (plan.records.length > 0) await store.putMany(plan.records, 'import');
    this.changed.fire(uri);
    if (!me && plan.records.some((r) => r.type === 'person')) this.whoAmIUnknown();
    if (plan.foreign.length > 0)
      await this.decide(uri, plan.foreign, [...existing, ...plan.records]);
  }

  /** Another person deleted, hid or rewrote my records: nothing happens without my yes. */
  private async decide(
    uri: vscode.Uri,
    changes: ForeignChange[],
    records: StoredRecord[],
  ): Promise<void> {
    const index = authorshipIndex(records);
    const nameOf = (change: ForeignChange) =>
      change.byPersonIds
        .map((id) => index.people.get(id)?.displayName)
        .filter(Boolean)
        .join(', ') || t('an unknown device');
    const lines = changes.map((change) => {
      const what = describeRecord(change.mine);
      const who = nameOf(change);
      switch (change.kind) {
        case 'deleted':
          return t('Deleted by {0}: {1}', who, what);
        case 'hidden':
          return t('Made private by {0}: {1}', who, what);
        case 'edited':
          return t('Changed by {0}: {1}', who, what);
      }
    });
    const accept = t('Accept Their Changes');
    const keep = t('Keep Mine');
    const answer = await vscode.window.showWarningMessage(
      t(
        '{0} changes your notes in ways only you may agree to:',
        vscode.workspace.asRelativePath(uri),
      ),
      { modal: true, detail: lines.join('\n') },
      keep,
      accept,
    );
    if (answer === keep) {
      const ctx = this.services.changeContext();
      await this.services.store.putMany(changes.map((change) => keepMine(change, ctx)));
      vscode.window.showInformationMessage(
        t('Kept your notes. Export to the shared file to send your version back.'),
      );
    } else if (answer === accept) {
      await this.services.store.putMany(changes.map(acceptForeignChange), 'import');
    } else {
      // Undecided: asked again when the file changes or VS Code starts again.
      this.read.delete(uri.toString());
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** One line about a record of mine; a private note's text stays off the (shared) screen. */
function describeRecord(record: ForeignChange['mine']): string {
  if (record.type === 'observation') {
    if (record.visibility !== 'shared') return t('Private note');
    return `${kindLabel(record.kind)}: "${record.text.slice(0, 80)}"`;
  }
  if (record.type === 'session' || record.type === 'track') return record.title;
  if (record.type === 'action') return record.text.slice(0, 80);
  if (record.type === 'person') return record.displayName;
  if (record.type === 'goal') return record.statement;
  if (record.type === 'selfAssessment') return t('Self-assessment');
  return record.text ? `"${record.text.slice(0, 80)}"` : t('Acknowledgement');
}
