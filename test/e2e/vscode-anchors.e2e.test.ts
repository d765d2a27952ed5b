import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE } from '../vscode/fixtures';
import {
  addNoteOnLine,
  answer,
  goToLine,
  gutterNoteLines,
  openFile,
  runCommand,
  startPairingWithNewCoachee,
  treeRows,
  waitForTreeRow,
  waitForPrompt,
} from '../vscode/workbench';

const OTHER = ['// helpers', 'export const unit = 1;', ''].join('\n');

/** A note follows its code when the code is cut and pasted into another file, and a detached
 * note can be put back on code by hand. */
describe('VS Code: notes that follow moved code', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('follows a cut line pasted into another file, and re-attaches a detached note here', async () => {
    host = await startHost({
      files: { 'src/sample.ts': THREE_LINE_SAMPLE, 'src/other.ts': OTHER },
    });
    const { page } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-anchors.png') });
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

    await startPairingWithNewCoachee(page, 'Daan');
    await openFile(page, 'sample.ts');
    await addNoteOnLine(page, 'Tip', 2, 'Say where 100 comes from');
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await waitForTreeRow(page, /Private note src\/sample\.ts:2 /, 10_000);

    // Cut the noted line (no selection cuts the whole line), paste it into other.ts.
    await openFile(page, 'sample.ts');
    await goToLine(page, 2);
    await page.keyboard.press('Control+X');
    await openFile(page, 'other.ts');
    await goToLine(page, 2);
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+V');
    // Where the paste lands depends on the cursor the editor restored; the note must be there.
    const pasted = await waitForTreeRow(page, /Private note src\/other\.ts:\d+ /, 10_000);
    const pastedLine = Number(/src\/other\.ts:(\d+) /.exec(pasted.join('\n'))![1]);

    // The line is deleted: the note is detached; the coach puts it on line 1 by hand.
    await goToLine(page, pastedLine);
    await page.keyboard.press('Control+Shift+K');
    await waitForTreeRow(page, /Private note src\/other\.ts · detached/, 10_000);
    await goToLine(page, 1);
    await runCommand(page, 'Coaching: Re-attach Note Here');
    await waitForPrompt(page, 'Which detached note?');
    await answer(page, 'other.ts', 'detached');
    await waitForTreeRow(page, /Private note src\/other\.ts:1 /, 10_000);
    expect((await treeRows(page)).join('\n')).not.toContain('detached');

    // A note on a two-line selection draws one gutter icon, on its first line.
    await openFile(page, 'sample.ts');
    await goToLine(page, 1);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    await runCommand(page, 'Coaching: Add Top Here');
    await waitForPrompt(page, 'What went well here?');
    await answer(page, 'Small steps, each one checked');
    await waitForTreeRow(page, /Private note src\/sample\.ts:1 /);
    await expect.poll(() => gutterNoteLines(page), { timeout: 10_000 }).toEqual([1]);

    // Switching the coaching language redraws the view and the status bar at once.
    await runCommand(page, 'Preferences: Open User Settings (JSON)');
    const settings = JSON.parse(await readFile(host.settingsFile, 'utf8')) as object;
    const dutch = JSON.stringify({ ...settings, 'coachingNotes.language': 'nl' });
    // Typed into the settings editor as a person would; a busy machine may drop the first try.
    for (let attempt = 0; attempt < 3; attempt++) {
      // The settings editor may open over the code editor without taking the focus from it.
      await page
        .locator('.monaco-editor')
        .filter({ hasText: 'workbench.startupEditor' })
        .last()
        .locator('.view-lines')
        .click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(dutch);
      await page.keyboard.press('Control+S');
      const saved = await expect
        .poll(() => readFile(host!.settingsFile, 'utf8'), { timeout: 5_000 })
        .toContain('"coachingNotes.language":"nl"')
        .then(
          () => true,
          () => false,
        );
      if (saved) break;
    }
    await waitForTreeRow(page, /Privénotitie src\/other\.ts:1 /, 15_000);
    await expect
      .poll(() => page.locator('.statusbar').innerText(), { timeout: 10_000 })
      .toMatch(/Navigator: jij/);
  });
});
