import * as vscode from 'vscode';
import { repositoryIdentity, type RepositoryIdentity } from './repository-identity';

/**
 * Notes name their file relative to the workspace folder with forward slashes, so the same
 * note points at the same file on every machine and in the shared file. In a multi-root
 * workspace the folder's name comes first.
 */
export function noteFileOf(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

export function uriOfNoteFile(file: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  if (folders.length === 1) return vscode.Uri.joinPath(folders[0]!.uri, file);
  const [name, ...rest] = file.split('/');
  const folder = folders.find((f) => f.name === name);
  return folder ? vscode.Uri.joinPath(folder.uri, ...rest) : undefined;
}

let identity: { folder: string; identity: Promise<RepositoryIdentity> } | undefined;

/**
 * The repository of the (first) workspace folder, by its git history (see
 * `repository-identity.ts`); asked of git once per folder. A folder that is not on this
 * machine's disk (a remote workspace seen from the UI side) is known by its name.
 */
export function currentRepository(): Promise<RepositoryIdentity> | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const key = folder.uri.toString();
  if (identity?.folder !== key) {
    identity = {
      folder: key,
      identity:
        folder.uri.scheme === 'file'
          ? repositoryIdentity(folder.uri.fsPath)
          : Promise.resolve({ id: folder.name, label: folder.name, aliases: [] }),
    };
  }
  return identity.identity;
}

export function firstFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}
