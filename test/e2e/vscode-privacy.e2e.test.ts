import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  createObservation,
  createPerson,
  createSession,
  createTrack,
  pairProgrammingSession,
  serializeSharedFile,
  startSession,
} from '@coaching-notes/shared';
import { fingerprintOf, splitLines } from '../../extension-vscode/src/anchors';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE } from '../vscode/fixtures';
import {
  answer,
  hoverLine,
  openFile,
  runCommand,
  treeRows,
  waitForTreeRow,
  waitForPrompt,
} from '../vscode/workbench';

const SAMPLE = THREE_LINE_SAMPLE;
const CANARY = 'PRIVATE-CANARY-does Daan know what getLoad returns';
const SHARED_TEXT = 'Good name: spare says what it is';

/** A coach's own notes file: one private tip on line 1 and one shared top on line 2. */
function notesFile(): string {
  const ctx = { actor: 'c0ffee00c0ffee00', now: new Date('2026-11-20T10:00:00Z') };
  const daan = createPerson({ displayName: 'Daan' }, ctx);
  const track = createTrack(
    { kind: 'pair-programming', title: 'Pairing with Daan', coacheeIds: [daan.id], coachIds: [] },
    ctx,
  );
  const session = startSession(
    createSession({ template: pairProgrammingSession, track }, ctx),
    ctx,
  );
  const lines = splitLines(SAMPLE);
  const anchorOn = (line: number) => {
    const range = {
      startLine: line,
      startCharacter: 0,
      endLine: line,
      endCharacter: lines[line]!.length,
    };
    return {
      kind: 'code' as const,
      file: 'src/sample.ts',
      range,
      fingerprint: fingerprintOf(lines, range),
    };
  };
  const secret = createObservation(
    session,
    { kind: 'question', text: CANARY, anchor: anchorOn(0) },
    ctx,
  );
  const open = createObservation(
    session,
    { kind: 'top', text: SHARED_TEXT, anchor: anchorOn(1), visibility: 'shared' },
    ctx,
  );
  return serializeSharedFile([daan, track, session, secret, open]);
}

/** Everything the workbench has in its DOM, hover widgets and tree rows included. */
const workbenchHtml = (host: Host) => host.page.content();

/**
 * Pairing means a shared screen: the coachee hovers the code and sees the Coaching view too.
 * A private note's text must not reach the DOM until the coach reveals it; shared notes show.
 */
describe('VS Code: private notes on a shared screen', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('keeps a private note’s text out of the hover and the view until the coach reveals it', async () => {
    host = await startHost({
      files: { 'src/sample.ts': SAMPLE, '.coaching/notes.coaching.jsonl': notesFile() },
    });
    const { page } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-privacy.png') });
    });

    await runCommand(page, 'Coaching: Import Shared File');
    await waitForPrompt(page, 'Which shared file?');
    await answer(page, 'notes.coaching.jsonl', 'notes.coaching.jsonl');
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect
      .poll(() => treeRows(page), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Private note src\/sample\.ts:1/),
          expect.stringMatching(
            /^Top: Good name: spare says what it is src\/sample\.ts:2 .*shared/,
          ),
        ]),
      );
    expect(await workbenchHtml(host)).not.toContain(CANARY);

    await openFile(page, 'sample.ts');
    const privateHover = await hoverLine(page, 1);
    expect(privateHover).toContain('Private note');
    expect(privateHover).not.toContain('Question');
    expect(await workbenchHtml(host)).not.toContain(CANARY);
    // The hover of line 1 may still be up as the pointer reaches line 2: read until it is line 2's.
    await expect.poll(() => hoverLine(page, 2), { timeout: 10_000 }).toContain(SHARED_TEXT);

    await runCommand(page, 'Coaching: Reveal Private Notes');
    await expect
      .poll(() => page.locator('.statusbar').innerText(), { timeout: 10_000 })
      .toContain('Private notes visible');
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Question: ${CANARY}`)]));
    await expect.poll(() => hoverLine(page, 1), { timeout: 10_000 }).toContain(CANARY);

    // Hidden again at once by the coach; the hover that showed it is gone with the mouse.
    await page.mouse.move(5, 5);
    await runCommand(page, 'Coaching: Hide Private Notes');
    await expect
      .poll(() => treeRows(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Private note src\/sample\.ts:1/)]));
    expect(await hoverLine(page, 1)).not.toContain(CANARY);
    expect(await page.locator('.statusbar').innerText()).not.toContain('Private notes visible');

    // The coach edits the shared note's kind and text from its row.
    const row = page
      .locator('[id="workbench.view.extension.coaching"] .monaco-list-row')
      .filter({ hasText: SHARED_TEXT });
    await row.hover();
    await row.getByRole('button', { name: 'Edit Note' }).click();
    await waitForPrompt(page, 'What kind of note is it?');
    await answer(page, 'Tip', 'Tip');
    await waitForPrompt(page, 'The note’s text');
    await answer(page, 'Call it spareCapacity: spare of what?');
    await waitForTreeRow(page, /^Tip: Call it spareCapacity: spare of what\? src\/sample\.ts:2 /);
  });
});
