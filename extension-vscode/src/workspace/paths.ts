import * as vscode from 'vscode';

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

/** The repository label a pairing session records: the (first) workspace folder's name. */
export function repositoryLabel(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.name;
}

export function firstFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}
