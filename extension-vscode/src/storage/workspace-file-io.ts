import * as vscode from 'vscode';

/**
 * Files in the workspace go through `workspace.fs`, not Node's fs: with `extensionKind` "ui"
 * the extension may run on the user's machine while the workspace is remote.
 */
export async function readWorkspaceFile(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Temp file next to the target, then rename over it: readers see old or new, never half. */
export async function writeWorkspaceFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const parent = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(parent);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(parent, `.${name}.${Date.now()}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
