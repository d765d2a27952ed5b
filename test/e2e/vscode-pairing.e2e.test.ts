import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseSharedFile, type Observation, type Session } from '@coaching-notes/shared';
import { startHost, type Host } from '../vscode/code-server';
import {
  answer,
  goToLine,
  gutterNoteLines,
  openFile,
  runCommand,
  treeRows,
  waitForPrompt,
  webviewFrame,
} from '../vscode/workbench';

const SAMPLE = [
  'export function total(items: { price: number }[]): number {',
  '  let sum = 0;',
  '  for (const item of items) {',
  '    sum += item.price;',
  '  }',
  '  return sum;',
  '}',
  '',
  'export function average(items: { price: number }[]): number {',
  '  return items.length === 0 ? 0 : total(items) / items.length;',
  '}',
  '',
].join('\n');

/**
 * A whole pairing session in a real VS Code (code-server) with the packaged .vsix: start,
 * notes on lines, edits above them, debrief, export, and the shared file on disk.
 */
describe('VS Code extension in code-server', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('runs a pairing session whose notes follow the code into the shared file', async () => {
    // Started here, not in a hook: without code-server this test fails with the setup hint.
    host = await startHost({ files: { 'src/sample.ts': SAMPLE }, git: true });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-e2e-failure.png') });
    });

    await runCommand(page, 'Coaching: Start Pairing Session');
    await waitForPrompt(page, 'Who do you pair with?');
    await answer(page, 'New coachee', 'New coachee');
    await waitForPrompt(page, 'Name of the developer');
    await answer(page, 'Sam');
    await waitForPrompt(page, 'Title of the new track');
    await answer(page, 'Pairing with Sam');
    await waitForPrompt(page, 'get better at');
    await answer(page, 'Name things so the code explains itself');
    await waitForPrompt(page, 'Preparation');
    await answer(page, 'Start right away', 'Start right away');
    await waitForPrompt(page, 'keyboard first');
    await answer(page, 'Sam drives first', 'Sam drives first');
    await expect
      .poll(() => page.locator('.statusbar').innerText(), { timeout: 10_000 })
      .toMatch(/Driver: Sam · Navigator: you/);

    await openFile(page, 'sample.ts');
    await goToLine(page, 4);
    await runCommand(page, 'Coaching: Add Top Here');
    await waitForPrompt(page, 'What went well here?');
    await answer(page, 'Clear loop, reads like the rule');
    await goToLine(page, 10);
    await runCommand(page, 'Coaching: Add Tip Here');
    await waitForPrompt(page, 'What could go better');
    await answer(page, 'Name the empty case before dividing');

    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect.poll(() => treeRows(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Top: Clear loop, reads like the rule src\/sample\.ts:4/),
        expect.stringMatching(/Tip: Name the empty case before dividing src\/sample\.ts:10/),
      ]),
    );
    await openFile(page, 'sample.ts');
    await expect.poll(() => gutterNoteLines(page)).toEqual([4, 10]);

    // Three lines typed above both notes: they must move down with their code.
    await goToLine(page, 1);
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.type(`// added ${i}`);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => gutterNoteLines(page)).toEqual([7, 13]);
    await expect.poll(() => treeRows(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Top: .* src\/sample\.ts:7/),
        expect.stringMatching(/Tip: .* src\/sample\.ts:13/),
      ]),
    );
    await page.keyboard.press('Control+S');

    await runCommand(page, 'Coaching: End Pairing Session');
    const debrief = await webviewFrame(page, 'cn-debrief');
    const firstQuestion = debrief.locator('cn-debrief textarea').first();
    await firstQuestion.fill('Sam: it felt calm to think aloud');
    await debrief.locator('cn-feedback-composer').waitFor();
    await page.waitForTimeout(1000);

    await runCommand(page, 'Coaching: Export to Shared File');
    await waitForPrompt(page, 'private');
    await answer(page, 'Include my private notes', 'Include my private notes');

    const sharedFile = path.join(workspace, '.coaching/notes.coaching.jsonl');
    await expect.poll(() => readFile(sharedFile, 'utf8').catch(() => ''), { timeout: 15_000 }).toContain(
      'Clear loop, reads like the rule',
    );
    const parsed = parseSharedFile(await readFile(sharedFile, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const notes = parsed.records.filter((r): r is Observation => r.type === 'observation');
    const byText = (text: string) => notes.find((n) => n.text === text);
    const top = byText('Clear loop, reads like the rule');
    const tip = byText('Name the empty case before dividing');
    expect(top?.kind).toBe('top');
    expect(top?.anchor).toMatchObject({ kind: 'code', file: 'src/sample.ts', range: { startLine: 6 } });
    expect(tip?.anchor).toMatchObject({ kind: 'code', file: 'src/sample.ts', range: { startLine: 12 } });
    expect(top?.anchor?.kind === 'code' && top.anchor.commit).toMatch(/^[0-9a-f]{40}$/);
    const session = parsed.records.find((r): r is Session => r.type === 'session');
    expect(session?.kind).toBe('pairing');
    expect(Object.values(session?.after.debrief ?? {})).toContain('Sam: it felt calm to think aloud');
    const markdown = await readFile(path.join(workspace, '.coaching/notes.md'), 'utf8');
    expect(markdown).toContain('Clear loop, reads like the rule');
  });
});
