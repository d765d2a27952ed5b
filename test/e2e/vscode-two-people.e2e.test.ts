import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseSharedFile } from '@coaching-notes/shared';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE } from '../vscode/fixtures';
import {
  addNoteOnLine,
  answer,
  openFile,
  runCommand,
  sayWhoIAm,
  startPairingWithNewCoachee,
  treeRows,
  waitForPrompt,
  waitForTreeRow,
} from '../vscode/workbench';

const CANARY = 'PRIVATE-CANARY-Daan still guesses what getLoad returns';
const SHARED = 'Good name: spare says what it is';
const rowOf = (host: Host, text: string) =>
  host.page
    .locator('[id="workbench.view.extension.coaching"] .monaco-list-row')
    .filter({ hasText: text });

async function exportSharedOnly(host: Host): Promise<void> {
  await runCommand(host.page, 'Coaching: Export to Shared File');
  await waitForPrompt(host.page, 'private');
  await answer(host.page, 'Shared notes only', 'Shared notes only');
}

/**
 * The issue's "Done when" for VS Code: coach Marieke and coachee Daan, each in their own
 * code-server (own user-data-dir, own device id), on one folder and its shared file.
 */
describe('VS Code: two people, one shared file', () => {
  let coach: Host | undefined;
  let coachee: Host | undefined;

  afterAll(async () => {
    await coachee?.close();
    await coach?.close();
  });

  it('coach shares a note and keeps a private one; the coachee assesses himself, acknowledges and replies, cannot delete it; the coach sees his answers and nothing private crosses', async () => {
    coach = await startHost({ files: { 'src/sample.ts': THREE_LINE_SAMPLE } });
    coachee = await startHost({ files: {}, folder: coach.workspace });
    const sharedFile = path.join(coach.workspace, '.coaching/notes.coaching.jsonl');
    onTestFailed(async () => {
      await coach?.page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-two-coach.png') });
      await coachee?.page.screenshot({
        path: path.join(tmpdir(), 'coaching-notes-two-coachee.png'),
      });
    });

    // Marieke sets up the repository and pairs with Daan: one shared top, one private canary.
    const m = coach.page;
    await sayWhoIAm(m, 'Marieke', true);
    await runCommand(m, 'Coaching: Set Up Repository for Coaching');
    await startPairingWithNewCoachee(m, 'Daan', 'Name things for what they mean');
    await openFile(m, 'sample.ts');
    await addNoteOnLine(m, 'Top', 2, SHARED);
    await addNoteOnLine(m, 'Question', 1, CANARY);
    await runCommand(m, 'Coaching: Focus on Sessions and Notes View');
    const topRow = rowOf(coach, 'src/sample.ts:2');
    await topRow.hover();
    await topRow.getByRole('button', { name: 'Share Note' }).click();
    await waitForTreeRow(m, new RegExp(`^Top: ${SHARED} .*shared · by Marieke`));
    await exportSharedOnly(coach);
    await expect.poll(() => readFile(sharedFile, 'utf8'), { timeout: 30_000 }).toContain(SHARED);
    expect(await readFile(sharedFile, 'utf8')).not.toContain(CANARY);

    // Daan's VS Code, open on the folder all along, picks the file up without an import.
    const d = coachee.page;
    await runCommand(d, 'Coaching: Focus on Sessions and Notes View');
    await waitForTreeRow(d, /^Pairing with Daan/, 30_000);
    await sayWhoIAm(d, 'Daan');
    await waitForTreeRow(d, /^Assess yourself first: the coach’s notes \(1\)/, 15_000);
    await runCommand(d, 'Coaching: Assess Myself');
    await waitForPrompt(d, 'Name things for what they mean');
    await answer(d, 'goes well', '4 · goes well');
    await waitForPrompt(d, 'How did you experience it?');
    await answer(d, 'Calmer than last time');
    await waitForTreeRow(d, new RegExp(`^Top: ${SHARED} .*by Marieke`), 15_000);

    // Her note is read-only for him: no delete (nor edit, hide) on its row.
    const herNote = rowOf(coachee, SHARED);
    await herNote.hover();
    await herNote.getByRole('button', { name: 'Acknowledge Note' }).click();
    await waitForPrompt(d, 'Acknowledge Note');
    await answer(d, 'Agree', 'Agree');
    await waitForTreeRow(d, /^Agree by Daan/);
    await herNote.hover();
    for (const refused of ['Delete Note', 'Edit Note', 'Make Note Private']) {
      expect(await herNote.getByRole('button', { name: refused }).count(), refused).toBe(0);
    }
    await herNote.getByRole('button', { name: 'Reply to Note' }).click();
    await waitForPrompt(d, 'Your reply to');
    await answer(d, 'Thanks, I will keep naming like that');
    await waitForTreeRow(d, /^Thanks, I will keep naming like that by Daan/);
    await exportSharedOnly(coachee);
    await expect
      .poll(() => readFile(sharedFile, 'utf8'), { timeout: 30_000 })
      .toContain('Thanks, I will keep naming like that');

    // Marieke's VS Code follows the file: his answers under her note, by Daan; her note stays.
    await waitForTreeRow(m, /^Thanks, I will keep naming like that by Daan/, 30_000);
    await waitForTreeRow(m, /^Agree by Daan/);
    expect(await treeRows(m)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^Top: ${SHARED}`))]),
    );

    // Nothing private crossed: not in the file, not anywhere in Daan's workbench.
    const text = await readFile(sharedFile, 'utf8');
    expect(text).not.toContain(CANARY);
    const parsed = parseSharedFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.records.filter((r) => r.type === 'observation')).toHaveLength(1);
    expect(parsed.records.some((r) => r.type === 'selfAssessment')).toBe(true);
    expect(await d.content()).not.toContain(CANARY);
  }, 480_000);
});
