import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startHost, type Host } from '../vscode/code-server';
import {
  answer,
  goToLine,
  openFile,
  runCommand,
  treeRows,
  waitForPrompt,
} from '../vscode/workbench';

/**
 * Coaching in Dutch with an English VS Code (no Dutch language pack can be installed here):
 * `coachingNotes.language: nl` switches prompts, status bar and notes view to Dutch.
 */
describe('VS Code extension in Dutch', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('runs a pairing session in Dutch and adds a tip with the keyboard shortcut', async () => {
    host = await startHost({
      files: { 'src/sample.ts': 'const a = 1;\nconst b = a + 1;\n' },
      settings: { 'coachingNotes.language': 'nl' },
    });
    const { page } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-nl-failure.png') });
    });

    await runCommand(page, 'Coaching: Start Pairing Session');
    await waitForPrompt(page, 'Met wie pair je?');
    await answer(page, 'Nieuwe coachee', 'Nieuwe coachee');
    await waitForPrompt(page, 'Naam van de ontwikkelaar');
    await answer(page, 'Sam');
    await waitForPrompt(page, 'Titel van het nieuwe traject');
    await answer(page, 'Pair programming met Sam');
    await waitForPrompt(page, 'beter in worden');
    await answer(page, '');
    await waitForPrompt(page, 'Voorbereiding');
    await answer(page, 'Meteen beginnen', 'Meteen beginnen');
    await waitForPrompt(page, 'toetsenbord');
    await answer(page, 'Ik stuur eerst', 'Ik stuur eerst');
    await expect
      .poll(() => page.locator('.statusbar').innerText(), { timeout: 10_000 })
      .toMatch(/Driver: jij · Navigator: Sam/);

    await openFile(page, 'sample.ts');
    await goToLine(page, 2);
    await page.keyboard.press('Control+Alt+C');
    await page.keyboard.press('I');
    await waitForPrompt(page, 'Wat kan er de volgende keer beter?');
    await answer(page, 'Geef b een naam die zegt wat het is');

    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Tip: Geef b een naam die zegt wat het is src\/sample\.ts:2/),
        ]),
      );
  });
});
