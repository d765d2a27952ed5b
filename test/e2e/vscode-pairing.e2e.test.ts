import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  createObservation,
  createPerson,
  createSession,
  createTrack,
  pairProgrammingSession,
  parseSharedFile,
  serializeSharedFile,
  startSession,
  type Observation,
  type Session,
} from '@coaching-notes/shared';
import { startHost, type Host } from '../vscode/code-server';
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

/** A shared file a colleague already committed: one shared note of another pairing track. */
function colleaguesFile(): string {
  const ctx = { actor: 'c0ffee00c0ffee00', now: new Date('2026-11-20T10:00:00Z') };
  const noor = createPerson({ displayName: 'Noor' }, ctx);
  const track = createTrack(
    { kind: 'pair-programming', title: 'Pairing with Noor', coacheeIds: [noor.id], coachIds: [] },
    ctx,
  );
  const session = startSession(
    createSession({ template: pairProgrammingSession, track }, ctx),
    ctx,
  );
  const note = createObservation(
    session,
    { kind: 'top', text: 'Noor split the parser into small steps', visibility: 'shared' },
    ctx,
  );
  return serializeSharedFile([noor, track, session, note]);
}

/** A hand edit gone wrong: the note's text is a number. */
function brokenFile(): string {
  return colleaguesFile().replace('"Noor split the parser into small steps"', '42');
}

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
    host = await startHost({
      files: {
        'src/sample.ts': SAMPLE,
        '.coaching/notes.coaching.jsonl': colleaguesFile(),
        'drafts/broken.coaching.jsonl': brokenFile(),
      },
      git: true,
    });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-e2e-failure.png') });
    });

    // A broken shared file opened in the editor shows the validator's finding as a problem.
    await openFile(page, 'broken.coaching.jsonl');
    await runCommand(page, 'View: Focus Problems');
    await expect
      .poll(() => page.locator('.markers-panel').innerText(), { timeout: 15_000 })
      .toMatch(/Field text: expected string/);

    // The colleague's file comes in first; the export must keep it.
    await runCommand(page, 'Coaching: Import Shared File');
    await waitForPrompt(page, 'Which shared file?');
    await answer(page, 'notes.coaching.jsonl', 'notes.coaching.jsonl');
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect.poll(() => treeRows(page), { timeout: 10_000 }).toContain('Pairing with Noor');

    await startPairingWithNewCoachee(page, 'Sam', 'Name things so the code explains itself');
    await expect
      .poll(() => page.locator('.statusbar').innerText(), { timeout: 10_000 })
      .toMatch(/Driver: Sam · Navigator: you/);

    await openFile(page, 'sample.ts');
    await addNoteOnLine(page, 'Top', 4, 'Clear loop, reads like the rule');
    await addNoteOnLine(page, 'Tip', 10, 'Name the empty case before dividing');

    // Private notes show without their text on the shared screen (vscode-privacy covers more).
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Private note src\/sample\.ts:4/),
          expect.stringMatching(/Private note src\/sample\.ts:10/),
        ]),
      );
    // The focus goal chosen in the start flow stays in view under the session.
    await waitForTreeRow(page, /^Focus: Name things so the code explains itself/);
    await openFile(page, 'sample.ts');
    await expect.poll(() => gutterNoteLines(page), { timeout: 10_000 }).toEqual([4, 10]);

    // Three lines typed above both notes: they must move down with their code.
    await goToLine(page, 1);
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.type(`// added ${i}`);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => gutterNoteLines(page), { timeout: 10_000 }).toEqual([7, 13]);
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Private note src\/sample\.ts:7/),
          expect.stringMatching(/Private note src\/sample\.ts:13/),
        ]),
      );
    await page.keyboard.press('Control+S');

    await runCommand(page, 'Coaching: End Pairing Session');
    const debrief = await webviewFrame(page, 'cn-debrief');
    await expect
      .poll(() => debrief.locator('section.focus').innerText(), { timeout: 10_000 })
      .toContain('Name things so the code explains itself');
    const firstQuestion = debrief.locator('cn-debrief textarea').first();
    await firstQuestion.fill('Sam: it felt calm to think aloud');
    await debrief.locator('cn-feedback-composer').waitFor();
    await page.waitForTimeout(1000);

    await runCommand(page, 'Coaching: Export to Shared File');
    await waitForPrompt(page, 'private');
    await answer(page, 'Include my private notes', 'Include my private notes');
    await waitForPrompt(page, 'Which notes?');
    await answer(page, 'All tracks', 'All tracks');

    const sharedFile = path.join(workspace, '.coaching/notes.coaching.jsonl');
    await expect
      .poll(() => readFile(sharedFile, 'utf8').catch(() => ''), { timeout: 15_000 })
      .toContain('Clear loop, reads like the rule');
    const parsed = parseSharedFile(await readFile(sharedFile, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const notes = parsed.records.filter((r): r is Observation => r.type === 'observation');
    const byText = (text: string) => notes.find((n) => n.text === text);
    const top = byText('Clear loop, reads like the rule');
    const tip = byText('Name the empty case before dividing');
    expect(top?.kind).toBe('top');
    expect(top?.anchor).toMatchObject({
      kind: 'code',
      file: 'src/sample.ts',
      range: { startLine: 6 },
    });
    expect(tip?.anchor).toMatchObject({
      kind: 'code',
      file: 'src/sample.ts',
      range: { startLine: 12 },
    });
    expect(top?.anchor?.kind === 'code' && top.anchor.commit).toMatch(/^[0-9a-f]{40}$/);
    const session = parsed.records.find(
      (r): r is Session => r.type === 'session' && r.id === top?.sessionId,
    );
    expect(session?.kind).toBe('pairing');
    // The session names its coach (this installation's own person record) and its start time.
    expect(session?.coachIds).toHaveLength(1);
    const coach = parsed.records.find((r) => r.type === 'person' && r.id === session?.coachIds[0]);
    expect(coach).toMatchObject({ role: 'Coach' });
    expect(session?.title).toMatch(/^Pairing with Sam, \d\d:\d\d$/);
    expect(Object.values(session?.after.debrief ?? {})).toContain(
      'Sam: it felt calm to think aloud',
    );
    expect(notes.map((n) => n.text)).toContain('Noor split the parser into small steps');
    const markdownFile = path.join(workspace, '.coaching/notes.md');
    await expect
      .poll(() => readFile(markdownFile, 'utf8').catch(() => ''), { timeout: 10_000 })
      .toContain('Clear loop, reads like the rule');

    // The file changes on disk (a pull, a checkout) while open: notes find their code again.
    const sampleFile = path.join(workspace, 'src/sample.ts');
    await openFile(page, 'sample.ts');
    const edited = await readFile(sampleFile, 'utf8');
    await writeFile(sampleFile, `// license header\n// second line\n${edited}`);
    await expect.poll(() => gutterNoteLines(page), { timeout: 15_000 }).toEqual([9, 15]);

    // Closed, then the tip's code is removed on disk: the tip is detached, not dropped.
    await runCommand(page, 'View: Close All Editors');
    const current = await readFile(sampleFile, 'utf8');
    // Same checkout: one token of the top's line changes (kept, fuzzily), the tip's line goes.
    await writeFile(
      sampleFile,
      current
        .replace('sum += item.price;', 'sum += item.cost;')
        .replace(/^.*total\(items\) \/ items\.length;\n/m, ''),
    );
    await runCommand(page, 'Coaching: Reveal Private Notes');
    await expect
      .poll(() => treeRows(page), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Top: Clear loop, reads like the rule src\/sample\.ts:9/),
          expect.stringMatching(
            /Tip: Name the empty case before dividing src\/sample\.ts · detached/,
          ),
        ]),
      );
  }, 300_000);
});
