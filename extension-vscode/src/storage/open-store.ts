import * as vscode from 'vscode';
import { t } from '../l10n';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SharedFileError, createMemoryStore } from '@coaching-notes/shared';
import { FileStore } from './file-store';
import { nodeFileIo, sharedFileCodec } from './node-store-io';

/** The store's file in global storage: in the user's profile, on the user's machine. */
export const STORE_FILE_NAME = 'notes.coaching.jsonl';

/**
 * Opens the file store in `globalStorageUri`. A file that no longer reads (a broken hand
 * edit) is set aside under a dated name, never deleted, and the user is told where it is.
 */
export async function openStore(globalStorage: vscode.Uri): Promise<FileStore> {
  await fs.mkdir(globalStorage.fsPath, { recursive: true });
  const file = path.join(globalStorage.fsPath, STORE_FILE_NAME);
  try {
    return await FileStore.open(createMemoryStore(), nodeFileIo(file), sharedFileCodec);
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
    return FileStore.open(createMemoryStore(), nodeFileIo(file), sharedFileCodec);
  }
}
