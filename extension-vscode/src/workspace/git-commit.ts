import * as vscode from 'vscode';
import { findPackedRef, parseGitDirFile, parseHead, parseLooseRef } from './git-head';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function gitDirOf(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const dotGit = vscode.Uri.joinPath(folder, '.git');
  try {
    const stat = await vscode.workspace.fs.stat(dotGit);
    if (stat.type & vscode.FileType.Directory) return dotGit;
  } catch {
    return undefined;
  }
  const pointer = parseGitDirFile((await readText(dotGit)) ?? '');
  if (!pointer) return undefined;
  return pointer.startsWith('/')
    ? dotGit.with({ path: pointer })
    : vscode.Uri.joinPath(folder, pointer);
}

/**
 * The commit checked out in the workspace folder, or `undefined` outside a repository. Only
 * the folder's own `.git` is read, through `workspace.fs`, so it also works in a remote.
 */
export async function currentCommit(folder: vscode.Uri): Promise<string | undefined> {
  const gitDir = await gitDirOf(folder);
  if (!gitDir) return undefined;
  const head = parseHead((await readText(vscode.Uri.joinPath(gitDir, 'HEAD'))) ?? '');
  if (!head) return undefined;
  if (head.kind === 'commit') return head.sha;
  const loose = parseLooseRef((await readText(vscode.Uri.joinPath(gitDir, head.ref))) ?? '');
  if (loose) return loose;
  const commonDir = (await readText(vscode.Uri.joinPath(gitDir, 'commondir')))?.trim();
  const refsDir = commonDir ? vscode.Uri.joinPath(gitDir, commonDir) : gitDir;
  return findPackedRef(
    (await readText(vscode.Uri.joinPath(refsDir, 'packed-refs'))) ?? '',
    head.ref,
  );
}
