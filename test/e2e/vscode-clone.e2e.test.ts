import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE } from '../vscode/fixtures';
import {
  addNoteOnLine,
  gutterNoteLines,
  openFile,
  runCommand,
  startPairingWithNewCoachee,
  treeRows,
  waitForTreeRow,
} from '../vscode/workbench';

const SAMPLE = THREE_LINE_SAMPLE;

/**
 * A note made in one folder of a repository stays on its code when the coach opens another
 * clone of that repository under a different folder name (as a pairing partner's machine or
 * a fresh checkout would have it).
 */
describe('VS Code: notes follow the repository, not the folder name', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('shows a note made in folder "workspace" attached in its clone "daan-cheerio"', async () => {
    host = await startHost({ files: { 'src/sample.ts': SAMPLE }, git: true });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-clone.png') });
    });

    await startPairingWithNewCoachee(page, 'Daan');

    await openFile(page, 'sample.ts');
    await addNoteOnLine(page, 'Tip', 2, 'Say where 100 comes from');
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await waitForTreeRow(page, /Private note src\/sample\.ts:2/, 10_000);

    const clone = path.join(path.dirname(workspace), 'daan-cheerio');
    execFileSync('git', ['clone', '-q', workspace, clone]);
    await host.openFolder(clone);

    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await waitForTreeRow(page, /Private note src\/sample\.ts:2 ·/, 15_000);
    expect((await treeRows(page)).join('\n')).not.toContain('detached');
    await openFile(page, 'sample.ts');
    await expect.poll(() => gutterNoteLines(page), { timeout: 10_000 }).toEqual([2]);
  });
});
