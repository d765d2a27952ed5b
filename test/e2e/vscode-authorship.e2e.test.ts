import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseSharedFile, type Response } from '@coaching-notes/shared';
import { startHost, type Host } from '../vscode/code-server';
import { coachFile, coacheeWorkspace } from '../vscode/fixtures';
import {
  answer,
  hoverLine,
  openFile,
  runCommand,
  sayWhoIAm,
  toastText,
  waitForPrompt,
  waitForTreeRow,
} from '../vscode/workbench';

/**
 * The coachee's VS Code shows who wrote each note. The coach's note is read-only there: no
 * edit, share, hide, reattach or delete, not even through a keybinding; he acknowledges it and
 * replies, and his answers show under the note and go out with the export.
 */
describe('VS Code: authorship in the views', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('shows "by Marieke", refuses changing her note, and keeps Daan’s acknowledgement and reply under it', async () => {
    const coach = coachFile();
    const { note } = coach;
    host = await startHost({
      files: coacheeWorkspace(coach),
      // A keybinding reaches a command the menus hide: the handler itself must refuse.
      keybindings: [
        {
          key: 'ctrl+alt+shift+d',
          command: 'coachingNotes.deleteNote',
          args: { note: { id: note.id, text: note.text } },
        },
      ],
    });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-authorship.png') });
    });
    await sayWhoIAm(page, 'Daan');
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    // Her notes wait for his own view of the session (vscode-self-assessment): he skips it here.
    await waitForTreeRow(page, /^Skip and show the coach’s notes/);
    await page
      .locator('[id="workbench.view.extension.coaching"] .monaco-list-row')
      .filter({ hasText: 'Skip and show the coach’s notes' })
      .click();
    await waitForTreeRow(page, /^Top: Good name: spare says what it is .*shared · by Marieke/);

    const row = page
      .locator('[id="workbench.view.extension.coaching"] .monaco-list-row')
      .filter({ hasText: note.text });
    await row.hover();
    await row.getByRole('button', { name: 'Acknowledge Note' }).waitFor();
    for (const refused of ['Delete Note', 'Edit Note', 'Make Note Private', 'Share Note']) {
      expect(await row.getByRole('button', { name: refused }).count(), refused).toBe(0);
    }

    await row.getByRole('button', { name: 'Acknowledge Note' }).click();
    await waitForPrompt(page, 'Acknowledge Note');
    await answer(page, 'Agree', 'Agree');
    await waitForTreeRow(page, /^Agree by Daan/);
    await row.hover();
    await row.getByRole('button', { name: 'Reply to Note' }).click();
    await waitForPrompt(page, 'Your reply to');
    await answer(page, 'Thanks, spare it is');
    await waitForTreeRow(page, /^Thanks, spare it is by Daan/);

    // The hover on the code says it too.
    await openFile(page, 'sample.ts');
    await expect
      .poll(() => hoverLine(page, 2), { timeout: 15_000 })
      .toMatch(/by Marieke[\s\S]*Daan: Agree[\s\S]*Daan: Thanks, spare it is/);

    await openFile(page, 'sample.ts');
    await page.keyboard.press('Control+Alt+Shift+D');
    await expect
      .poll(() => toastText(page), { timeout: 15_000 })
      .toContain('This note is someone else’s (by Marieke)');
    await waitForTreeRow(page, /^Top: Good name: spare says what it is/);

    await runCommand(page, 'Coaching: Export to Shared File');
    await waitForPrompt(page, 'private');
    await answer(page, 'Shared notes only', 'Shared notes only');
    const sharedFile = path.join(workspace, '.coaching/notes.coaching.jsonl');
    await expect
      .poll(() => readFile(sharedFile, 'utf8'), { timeout: 20_000 })
      .toContain('Thanks, spare it is');
    const parsed = parseSharedFile(await readFile(sharedFile, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const responses = parsed.records.filter((r): r is Response => r.type === 'response');
    expect(responses.map((r) => [r.kind, r.subjectId])).toEqual(
      expect.arrayContaining([
        ['agree', note.id],
        ['reply', note.id],
      ]),
    );
    // Her note went back out unchanged: no edit by Daan's device.
    const exported = parsed.records.find((r) => r.id === note.id);
    expect(exported?.rev).toEqual(note.rev);
  });
});
