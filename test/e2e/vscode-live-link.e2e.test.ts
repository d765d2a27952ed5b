import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  createSelfAssessment,
  editRecord,
  parseSharedFile,
  serializeSharedFile,
  type SelfAssessment,
} from '@coaching-notes/shared';
import { writeFileAtomic } from '@coaching-notes/shared/node';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE, coachFile } from '../vscode/fixtures';
import {
  answer,
  runCommand,
  treeRows,
  waitForPrompt,
  waitForTreeRow,
  toastText,
} from '../vscode/workbench';

const toasts = (host: Host) => toastText(host.page);

/**
 * The coachee opens the repository and the notes shared there are in his Coaching view: no
 * import, also after a pull changes the file; a change by the coach to his own words waits
 * for his yes.
 */
describe('VS Code: live link to the workspace’s shared file', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('sets up the repository, shows the shared notes without an import, follows the file and asks before the coach changes my words', async () => {
    host = await startHost({
      files: { 'src/sample.ts': THREE_LINE_SAMPLE, '.gitattributes': '*.png binary\n' },
    });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-live-link.png') });
    });
    const at = (file: string) => path.join(workspace, file);

    // Set up twice: the merge line is added once, after what the file said.
    await runCommand(page, 'Coaching: Set Up Repository for Coaching');
    await expect
      .poll(() => readFile(at('.gitattributes'), 'utf8'), { timeout: 15_000 })
      .toBe('*.png binary\n*.coaching.jsonl merge=union\n');
    await expect
      .poll(() => readFile(at('.coaching/README.md'), 'utf8').catch(() => ''), { timeout: 10_000 })
      .toContain('## For the coachee');
    await runCommand(page, 'Coaching: Set Up Repository for Coaching');
    await expect
      .poll(() => toasts(host!), { timeout: 15_000 })
      .toContain('already set up for coaching');
    expect(await readFile(at('.gitattributes'), 'utf8')).toBe(
      '*.png binary\n*.coaching.jsonl merge=union\n',
    );

    // The coach's export arrives (a pull): shown without an import.
    const coach = coachFile();
    // Daan's self-assessment, typed on the coach's screen: his words, by him.
    const assessment = createSelfAssessment(
      coach.session,
      { coacheeId: coach.daan.id, ratings: { [coach.goal.id]: 2 }, experience: 'Tense at first' },
      coach.ctx(20),
    );
    const sharedFile = at('.coaching/notes.coaching.jsonl');
    const { marieke, daan, track, goal, session, note } = coach;
    const records = [marieke, daan, track, goal, session, note, assessment];
    await writeFileAtomic(sharedFile, serializeSharedFile(records));
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await waitForTreeRow(page, /^Top: Good name: spare says what it is src\/sample\.ts:2/, 20_000);

    // Who am I? Daan, whom the coach added.
    await expect.poll(() => toasts(host!), { timeout: 15_000 }).toContain('Say who you are');
    await page
      .locator('.notifications-toasts')
      .getByRole('button', { name: 'Choose Who You Are' })
      .click();
    await waitForPrompt(page, 'Who are you?');
    await answer(page, 'Daan', 'Daan');

    // The coach edits her note and pulls again: the view follows the file.
    const edited = editRecord(note, { text: 'Good name: spare says what is left' }, coach.ctx(30));
    await writeFileAtomic(
      sharedFile,
      serializeSharedFile([...records.slice(0, 5), edited, assessment]),
    );
    await waitForTreeRow(page, /^Top: Good name: spare says what is left/, 20_000);

    // The coach's tools (an old version, a hand edit) rewrite Daan's self-assessment.
    const rewritten = editRecord(assessment, { ratings: { [goal.id]: 4 } }, coach.ctx(40));
    await writeFileAtomic(
      sharedFile,
      serializeSharedFile([...records.slice(0, 5), edited, rewritten]),
    );
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 20_000 });
    expect(await dialog.innerText()).toContain('Changed by Marieke: Self-assessment');
    await dialog.getByRole('button', { name: 'Keep Mine' }).click();

    // Exported, his version goes back out and wins.
    await runCommand(page, 'Coaching: Export to Shared File');
    await waitForPrompt(page, 'private');
    await answer(page, 'Shared notes only', 'Shared notes only');
    await expect
      .poll(
        async () => {
          const parsed = parseSharedFile(await readFile(sharedFile, 'utf8'));
          if (!parsed.ok) return undefined;
          const mine = parsed.records.find(
            (r): r is SelfAssessment => r.type === 'selfAssessment' && r.id === assessment.id,
          );
          return mine?.ratings[goal.id];
        },
        { timeout: 20_000 },
      )
      .toBe(2);
    expect(await treeRows(page)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Top: Good name: spare says what is left/)]),
    );
  });
});
