import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseSharedFile, type SelfAssessment } from '@coaching-notes/shared';
import { startHost, type Host } from '../vscode/code-server';
import { coachFile, coacheeWorkspace } from '../vscode/fixtures';
import {
  answer,
  hoverLine,
  openFile,
  runCommand,
  sayWhoIAm,
  treeRows,
  waitForPrompt,
  waitForTreeRow,
} from '../vscode/workbench';

/**
 * The coachee gives his own view of a session before he reads the coach's: until then her
 * notes are not in his workbench at all, only how many there are.
 */
describe('VS Code: self-assessment before the coach’s notes', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('keeps the coach’s notes out of the coachee’s workbench until he rated each focus goal and said how it went', async () => {
    const coach = coachFile();
    const { daan, goal, session, note } = coach;
    host = await startHost({
      files: coacheeWorkspace(coach),
    });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-self.png') });
    });

    await sayWhoIAm(page, 'Daan');
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await waitForTreeRow(page, /^Assess yourself first: the coach’s notes \(1\) show after that/);
    await openFile(page, 'sample.ts');
    expect(await hoverLine(page, 2)).not.toContain(note.text);
    expect(await page.content()).not.toContain(note.text);

    await runCommand(page, 'Coaching: Assess Myself');
    await waitForPrompt(page, 'Name things for what they mean');
    // The scale's words come from the model's catalogue.
    await answer(page, 'works with help', '2 · works with help');
    await waitForPrompt(page, 'How did you experience it?');
    await answer(page, 'Tense at first, then fine');

    await waitForTreeRow(page, /^Top: Good name: spare says what it is .*by Marieke/, 15_000);
    expect((await treeRows(page)).some((row) => row.startsWith('Assess yourself first'))).toBe(
      false,
    );
    await expect.poll(() => hoverLine(page, 2), { timeout: 15_000 }).toContain(note.text);

    await runCommand(page, 'Coaching: Export to Shared File');
    await waitForPrompt(page, 'private');
    await answer(page, 'Shared notes only', 'Shared notes only');
    const sharedFile = path.join(workspace, '.coaching/notes.coaching.jsonl');
    await expect
      .poll(() => readFile(sharedFile, 'utf8'), { timeout: 20_000 })
      .toContain('Tense at first, then fine');
    const parsed = parseSharedFile(await readFile(sharedFile, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const assessment = parsed.records.find((r): r is SelfAssessment => r.type === 'selfAssessment');
    expect(assessment).toMatchObject({
      sessionId: session.id,
      coacheeId: daan.id,
      ratings: { [goal.id]: 2 },
      experience: 'Tense at first, then fine',
    });
  });
});
