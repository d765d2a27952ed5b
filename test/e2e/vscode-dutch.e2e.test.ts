import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseSharedFile, type Observation } from '@coaching-notes/shared';
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

  it('runs a pairing session in Dutch; a tip added by shortcut and shared goes out, a private top stays', async () => {
    host = await startHost({
      files: { 'src/sample.ts': 'const a = 1;\nconst b = a + 1;\n' },
      settings: { 'coachingNotes.language': 'nl' },
    });
    const { page, workspace } = host;
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
    // As the coach would, wait for the confirmation before moving on (a busy host is slow).
    await expect
      .poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000, interval: 100 })
      .toContain('Tip genoteerd.');
    await goToLine(page, 1);
    await page.keyboard.press('Control+Alt+C');
    await page.keyboard.press('T');
    await waitForPrompt(page, 'Wat ging hier goed?');
    await answer(page, 'Kleine stappen, steeds getest');

    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Privénotitie src\/sample\.ts:2/),
          expect.stringMatching(/Privénotitie src\/sample\.ts:1/),
        ]),
      );

    // Notes are private by default; the coach shares the tip from its row in the notes view
    // (the action's title comes from the manifest, so it follows VS Code's own language).
    const row = page
      .locator('[id="workbench.view.extension.coaching"] .monaco-list-row')
      .filter({ hasText: 'src/sample.ts:2' });
    await row.hover();
    await row.getByRole('button', { name: 'Share Note with the Coachee' }).click();
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            // Its author follows, in Dutch ("door …").
            /Tip: Geef b een naam die zegt wat het is src\/sample\.ts:2 · .* · gedeeld · door .+$/,
          ),
        ]),
      );

    await runCommand(page, 'Coaching: Export to Shared File');
    await waitForPrompt(page, 'privé');
    // One track only, so no question which notes.
    await answer(page, 'Alleen gedeelde notities', 'Alleen gedeelde notities');
    const sharedFile = path.join(workspace, '.coaching/notes.coaching.jsonl');
    await expect
      .poll(() => readFile(sharedFile, 'utf8').catch(() => ''), { timeout: 15_000 })
      .toContain('Geef b een naam die zegt wat het is');
    const parsed = parseSharedFile(await readFile(sharedFile, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const texts = parsed.records
      .filter((r): r is Observation => r.type === 'observation')
      .map((n) => [n.text, n.visibility]);
    expect(texts).toEqual([['Geef b een naam die zegt wat het is', 'shared']]);
  });
});
