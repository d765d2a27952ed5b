import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE } from '../vscode/fixtures';
import { runCommand, startPairingWithNewCoachee, toastText } from '../vscode/workbench';

const statusBar = (host: Host) => host.page.locator('.statusbar').innerText();
const toasts = (host: Host) => toastText(host.page);

/**
 * The swap prompt is a toast that slides away; the swap must stay visible in the status bar
 * until someone acts, also after the window reloads.
 */
describe('VS Code: driver/navigator rotation', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('keeps "Swap due" in the status bar across a reload, prompts again, and clears it on swap', async () => {
    host = await startHost({
      files: { 'src/sample.ts': THREE_LINE_SAMPLE },
      settings: { 'coachingNotes.rotationMinutes': 1 },
    });
    const { page } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-rotation.png') });
    });

    await startPairingWithNewCoachee(page, 'Daan');
    await expect.poll(() => statusBar(host!), { timeout: 10_000 }).toMatch(/Driver: Daan/);
    await expect.poll(() => statusBar(host!), { timeout: 90_000 }).toContain('Swap due');
    await expect.poll(() => toasts(host!), { timeout: 10_000 }).toContain('Time to swap?');

    // Unanswered, then the window reloads: the due swap is still shown and asked again.
    await host.openFolder(host.workspace);
    await runCommand(page, 'Coaching: Focus on Sessions and Notes View');
    await expect.poll(() => statusBar(host!), { timeout: 20_000 }).toContain('Swap due');
    await expect.poll(() => toasts(host!), { timeout: 10_000 }).toContain('Time to swap?');

    await runCommand(page, 'Coaching: Swap Driver and Navigator');
    await expect.poll(() => statusBar(host!), { timeout: 10_000 }).toMatch(/Driver: you/);
    expect(await statusBar(host)).not.toContain('Swap due');
  });
});
