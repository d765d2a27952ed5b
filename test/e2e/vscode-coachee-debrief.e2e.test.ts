import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { pairProgrammingSession, serializeSharedFile, type Session } from '@coaching-notes/shared';
import { CANARY, scene } from '../shared/exchange/coachee-scene';
import { startHost, type Host } from '../vscode/code-server';
import { answer, runCommand, waitForPrompt, webviewFrame } from '../vscode/workbench';

/** The scene as a pairing session that waits for its debrief, without a self-assessment yet. */
function notesFile(): { file: string; goalId: string } {
  const { records, self, goal } = scene();
  const kept = records
    .filter((r) => r.id !== self.id)
    .map((r) =>
      r.type === 'session'
        ? ({ ...r, kind: 'pairing', templateId: pairProgrammingSession.id } as Session)
        : r,
    );
  return { file: serializeSharedFile(kept), goalId: goal.id };
}

/** All text in the webview's document, through open shadow roots. */
const frameText = (frame: Frame) =>
  frame.evaluate(() => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
      return [...root.childNodes].map(walk).join(' ');
    };
    return walk(document.documentElement);
  });

describe('VS Code: Debrief with Coachee webview (code-server)', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('the coachee self-assesses first, then the coach’s shared tops show; no private note reaches the webview', async () => {
    const { file, goalId } = notesFile();
    host = await startHost({ files: { '.coaching/notes.coaching.jsonl': file } });
    const { page } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-coachee.png') });
    });
    await runCommand(page, 'Coaching: Import Shared File');
    await waitForPrompt(page, 'Which shared file?');
    await answer(page, 'notes.coaching.jsonl', 'notes.coaching.jsonl');
    await page.waitForTimeout(1000);

    await runCommand(page, 'Coaching: Debrief with Coachee');
    const frame = await webviewFrame(page, 'cn-coachee-debrief cn-self-assessment');
    await frame.getByText('Coach: hand the screen to Daan').waitFor();
    expect(await frameText(frame)).not.toContain('Clear commit messages');
    expect(await frameText(frame)).not.toContain(CANARY);

    await frame.locator(`fieldset[data-goal="${goalId}"] label.option`).nth(2).click();
    await frame.getByLabel('How did you experience it?').fill('Less nervous');
    await frame.getByRole('button', { name: 'Save my view' }).click();
    const row = frame.locator(`table.side-by-side tr[data-goal="${goalId}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator('td.self').textContent()).toContain('3/5 — works, with effort');

    await frame.locator('nav button[data-step="tops"]').click();
    await frame.locator('.step').getByText('Clear commit messages').waitFor();
    await frame.locator('nav button[data-step="summary"]').click();
    await frame.locator('article.summary').getByText('Review my next PR').waitFor();
    const text = await frameText(frame);
    expect(text).toContain('Magic 3: give the minimum tag length a name');
    expect(text).not.toContain(CANARY);
  });
});
