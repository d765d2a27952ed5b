import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  SharedFileError,
  describeIssue,
  t as translate,
  exportToSharedFile,
  importIntoStore,
  parseSharedFile,
  renderMarkdown,
  type ExportOptions,
  type ExportResult,
  type ExportSelection,
  type StoredRecord,
} from '@coaching-notes/shared';
import { FileLockError, exportToFile, writeFileAtomic } from '@coaching-notes/shared/node';
import type { Services } from '../services';
import { firstFolder } from '../workspace/paths';
import { readWorkspaceFile, writeWorkspaceFileAtomic } from './workspace-file-io';

/** How often to merge again when a remote shared file keeps changing under the export. */
const EXPORT_ATTEMPTS = 5;

export function sharedFileUri(): vscode.Uri | undefined {
  const folder = firstFolder();
  if (!folder) return undefined;
  const configured = vscode.workspace
    .getConfiguration('coachingNotes', folder)
    .get<string>('sharedFile', '.coaching/notes.coaching.jsonl');
  return vscode.Uri.joinPath(folder, ...configured.split(/[\\/]+/).filter(Boolean));
}

/** `.coaching/notes.coaching.jsonl` → `.coaching/notes.md`. */
export function markdownPathOf(path: string): string {
  return path.replace(/(\.coaching)?\.jsonl$/, '') + '.md';
}

async function askIncludePrivate(): Promise<boolean | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: t('Shared notes only'),
        description: t('recommended'),
        value: false,
      },
      {
        label: t('Include my private notes'),
        description: t('for this export only'),
        value: true,
      },
    ],
    {
      title: t('Export to Shared File'),
      placeHolder: t('Notes are private until you choose: include private notes in this export?'),
      ignoreFocusOut: true,
    },
  );
  return picked?.value;
}

async function askSelection(services: Services): Promise<ExportSelection | undefined> {
  const tracks = await services.store.list({ type: 'track' });
  if (tracks.length <= 1) return {};
  const picked = await vscode.window.showQuickPick(
    [
      { label: t('All tracks'), selection: {} as ExportSelection },
      ...tracks.map((track) => ({ label: track.title, selection: { trackId: track.id } })),
    ],
    { title: t('Export to Shared File'), placeHolder: t('Which notes?') },
  );
  return picked?.selection;
}

/**
 * Merges the notes into the workspace's shared file through the shared merge, never
 * overwriting it. On disk this holds the file's cross-process lock (`updateSharedFile`, as the
 * CLI does), so an export from a colleague's VS Code, a CLI merge or a git merge driver
 * queues instead of being overwritten; the write is atomic. A Markdown view is written next to it.
 */
export async function exportSharedFile(services: Services): Promise<void> {
  const target = sharedFileUri();
  if (!target) {
    vscode.window.showWarningMessage(
      t('Open a folder first: the shared file lives in the workspace.'),
    );
    return;
  }
  const includePrivate = await askIncludePrivate();
  if (includePrivate === undefined) return;
  const selection = await askSelection(services);
  if (!selection) return;
  const records = await services.store.all();
  const options = { includePrivate, selection, locale: services.locale };
  try {
    // The lock is a folder next to the file: its folder must exist first.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    const result =
      target.scheme === 'file'
        ? await exportToFile(target.fsPath, records, options)
        : await exportThroughWorkspaceFs(target, records, options);
    const parsed = parseSharedFile(result.text);
    if (parsed.ok) {
      const name = target.path.slice(target.path.lastIndexOf('/') + 1);
      // The Markdown view follows this export's privacy choice.
      const markdown = renderMarkdown(parsed.records, {
        locale: services.locale,
        sourceName: name,
        includePrivate,
      });
      const markdownUri = target.with({ path: markdownPathOf(target.path) });
      if (markdownUri.scheme === 'file') await writeFileAtomic(markdownUri.fsPath, markdown);
      else await writeWorkspaceFileAtomic(markdownUri, markdown);
    }
    const conflicts = result.report.conflicted.size;
    vscode.window.showInformationMessage(
      translate(
        services.locale,
        conflicts > 0 ? 'exchange.export.doneWithConflicts' : 'exchange.export.done',
        { count: result.exported, file: vscode.workspace.asRelativePath(target), conflicts },
      ),
    );
  } catch (error) {
    vscode.window.showErrorMessage(t('The shared file was left as it was: {0}', whyNot(error)));
  }
}

function whyNot(error: unknown): string {
  if (error instanceof SharedFileError)
    return describeIssue(error.issues[0] ?? { line: 0, field: '', message: error.message });
  if (error instanceof FileLockError)
    return t('another program kept it locked for writing; try again in a moment.');
  return (error as Error).message;
}

/**
 * A workspace on another machine (the extension on the UI side of a remote window) is not on
 * this disk, so no lock of ours reaches it: read, merge, and write through `workspace.fs` only
 * if the file is still what was read (else merge again).
 */
async function exportThroughWorkspaceFs(
  target: vscode.Uri,
  records: StoredRecord[],
  options: ExportOptions,
): Promise<ExportResult> {
  for (let attempt = 1; ; attempt++) {
    const before = await readWorkspaceFile(target);
    const result = exportToSharedFile(before, records, options);
    const now = await readWorkspaceFile(target);
    if (sameBytes(before, now)) {
      await writeWorkspaceFileAtomic(target, result.text);
      return result;
    }
    if (attempt >= EXPORT_ATTEMPTS)
      throw new Error(t('The shared file kept changing during the export.'));
  }
}

async function pickImportFile(): Promise<vscode.Uri | undefined> {
  const configured = sharedFileUri();
  const exists = configured && (await readWorkspaceFile(configured)) !== undefined;
  if (configured && exists) {
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: vscode.workspace.asRelativePath(configured),
          uri: configured as vscode.Uri | undefined,
        },
        { label: t('Choose a file…'), uri: undefined },
      ],
      {
        title: t('Import Shared File'),
        placeHolder: t('Which shared file?'),
      },
    );
    if (!picked) return undefined;
    if (picked.uri) return picked.uri;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: t('Import'),
    filters: { [t('Coaching notes')]: ['jsonl'] },
  });
  return chosen?.[0];
}

/** Reads a shared file into the store, all or nothing; newer local edits are never overwritten. */
export async function importSharedFile(services: Services, uri?: vscode.Uri): Promise<void> {
  const source = uri instanceof vscode.Uri ? uri : await pickImportFile();
  if (!source) return;
  const bytes = await readWorkspaceFile(source);
  if (!bytes) {
    vscode.window.showErrorMessage(t('{0} does not exist.', source.fsPath));
    return;
  }
  const result = await importIntoStore(services.store, bytes);
  if (!result.ok) {
    const show = t('Show problems');
    const answer = await vscode.window.showErrorMessage(
      t('Nothing was imported: {0}', describeIssue(result.issues[0]!)),
      show,
    );
    if (answer === show) await vscode.window.showTextDocument(source);
    return;
  }
  vscode.window.showInformationMessage(
    translate(services.locale, 'exchange.import.done', {
      count: result.written,
      unchanged: result.unchanged,
    }),
  );
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
