import * as vscode from 'vscode';
import { t } from '../l10n';
import { firstFolder } from '../workspace/paths';
import { readWorkspaceFile, writeWorkspaceFileAtomic } from './workspace-file-io';
import { withUnionMerge } from './git-attributes';
import { sharedFileUri } from './shared-file-commands';

/** The coachee's guide next to the notes, in the coaching language. */
function readme(sharedFile: string): string {
  return [
    `# ${t('Coaching notes')}`,
    '',
    t(
      'This folder holds the coaching notes shared in this repository: {0}, one record per line. The Markdown file next to it is a readable copy. A coach’s private notes never go into it.',
      `\`${sharedFile}\``,
    ),
    '',
    `## ${t('For the coachee')}`,
    '',
    `- ${t('Install the Coaching Notes extension in VS Code. It reads this file by itself, also after every git pull, and shows the shared notes in the Coaching view and on the code they are about.')}`,
    `- ${t('Before you read the coach’s notes of a session, assess yourself: run "Coaching: Assess Myself" and rate each focus goal.')}`,
    `- ${t('Reply to a note or acknowledge it (read, agree) from its row in the Coaching view. Nobody else can change or remove your words, and you cannot change the coach’s.')}`,
    `- ${t('Run "Coaching: Export to Shared File" and commit the file, so your coach sees your answers.')}`,
    '',
    t(
      'Git merges this file line by line (`merge=union` in `.gitattributes`), so two people can commit notes at the same time.',
    ),
    '',
  ].join('\n');
}

/**
 * Sets up the repository for a team: the notes folder, the union merge for shared files in
 * `.gitattributes` (added once) and a short README for the coachee (never overwritten).
 */
export async function setUpRepository(): Promise<void> {
  const folder = firstFolder();
  const sharedFile = sharedFileUri();
  if (!folder || !sharedFile) {
    vscode.window.showWarningMessage(
      t('Open a folder first: the shared file lives in the workspace.'),
    );
    return;
  }
  const notesFolder = vscode.Uri.joinPath(sharedFile, '..');
  await vscode.workspace.fs.createDirectory(notesFolder);
  const done: string[] = [];
  const attributes = vscode.Uri.joinPath(folder, '.gitattributes');
  const before = await readWorkspaceFile(attributes);
  const after = withUnionMerge(before && new TextDecoder().decode(before));
  if (after !== undefined) {
    await writeWorkspaceFileAtomic(attributes, after);
    done.push('.gitattributes');
  }
  const guide = vscode.Uri.joinPath(notesFolder, 'README.md');
  if ((await readWorkspaceFile(guide)) === undefined) {
    await writeWorkspaceFileAtomic(guide, readme(vscode.workspace.asRelativePath(sharedFile)));
    done.push(vscode.workspace.asRelativePath(guide));
  }
  vscode.window.showInformationMessage(
    done.length > 0
      ? t('Set up for coaching: {0}. Commit them with your notes.', done.join(', '))
      : t('This repository is already set up for coaching.'),
  );
}
