import * as vscode from 'vscode';
import { t } from '../l10n';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  LogStore,
  SharedFileError,
  createMemoryStore,
  describeIssue,
  type LogStoreNotice,
} from '@coaching-notes/shared';
import { nodeLogFileIo } from './node-store-io';

/** The store's file in global storage: in the user's profile, on the user's machine. */
export const STORE_FILE_NAME = 'notes.coaching.jsonl';

function tellAboutTornLine(notice: LogStoreNotice): void {
  void vscode.window.showWarningMessage(
    t(
      'The last line of your coaching notes file was cut off (the editor stopped while writing it) and was dropped: {0}. Everything saved before it is kept.',
      describeIssue(notice.issues[0] ?? { line: notice.line, field: '', message: '' }),
    ),
  );
}

/**
 * Opens the append-only log store in `globalStorageUri` (a file in the older whole-file
 * layout is the same format and reads as it is). A file that no longer reads (a broken hand
 * edit) is set aside under a dated name, never deleted, and the user is told where it is.
 */
export async function openStore(globalStorage: vscode.Uri): Promise<LogStore> {
  await fs.mkdir(globalStorage.fsPath, { recursive: true });
  const file = path.join(globalStorage.fsPath, STORE_FILE_NAME);
  const open = () =>
    LogStore.open(createMemoryStore(), nodeLogFileIo(file), { onNotice: tellAboutTornLine });
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof SharedFileError)) throw error;
    const aside = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(file, aside);
    void vscode.window.showErrorMessage(
      t(
        'Your coaching notes file could not be read ({0}). It was kept as {1}; starting with an empty store.',
        error.message.split('\n')[0] ?? '',
        aside,
      ),
    );
    return open();
  }
}
