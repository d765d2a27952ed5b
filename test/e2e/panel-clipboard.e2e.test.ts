import { afterAll, describe, expect, test } from 'vitest';
import {
  launchOnMeet,
  panelFrame,
  showOverlay,
  startObservation,
  type ChromiumWithExtension,
} from './helpers';

const MEET = 'https://meet.google.com/abc-defg-hij';
let chromium: ChromiumWithExtension | undefined;

afterAll(async () => {
  await chromium?.cleanup();
});

describe('Copy Markdown in the overlay (real Chromium)', () => {
  test('the overlay panel puts the session Markdown on the clipboard', async () => {
    chromium = await launchOnMeet();
    // Only the test reads the clipboard back, from the call page's origin.
    await chromium.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://meet.google.com',
    });
    const page = await chromium.ctx.newPage();
    await page.goto(MEET);
    await showOverlay(await chromium.serviceWorker(), page);
    const panel = await panelFrame(page);
    await startObservation(panel, 'Sam Peeters');
    await panel.locator('cn-observe .capture').press('1');
    await panel.locator('cn-observation-item.draft textarea').fill('Clear agenda at the start');
    await panel.locator('cn-observation-item.draft textarea').press('Enter');
    await panel.locator('cn-observe button.end-observation').click();
    await panel.locator('nav button.stage-export').click();
    await panel.locator('cn-session-export input.include-private').check();
    await panel.locator('cn-session-export button.copy-markdown').click();
    await expect
      .poll(() => panel.locator('cn-session-export .export-status').innerText())
      .toBe('Markdown copied to the clipboard.');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('Clear agenda at the start');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Sam Peeters');
  });
});
