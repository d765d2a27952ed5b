import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import {
  launchOnMeet,
  panelFrame,
  overlayBox,
  runCommand,
  showOverlay,
  startObservation,
  tabIdOf,
  type ChromiumWithExtension,
} from './helpers';

const CALL_A = 'https://meet.google.com/abc-defg-hij';
const CALL_B = 'https://meet.google.com/xyz-abcd-efg';
let chromium: ChromiumWithExtension | undefined;

afterAll(async () => {
  await chromium?.cleanup();
});

async function overlayOn(
  c: ChromiumWithExtension,
  url: string,
): Promise<{ page: Page; panel: Frame }> {
  const page = await c.ctx.newPage();
  await page.goto(url);
  await showOverlay(await c.serviceWorker(), page);
  const panel = await panelFrame(page);
  await panel.locator('cn-observation-panel').waitFor();
  return { page, panel };
}

describe('a session belongs to the call it started on (two call tabs)', () => {
  test('another call tab does not resume the running session of the previous coachee: it asks; each tab reopens its own', async () => {
    chromium = await launchOnMeet();

    const a = await overlayOn(chromium, CALL_A);
    await startObservation(a.panel, 'Sam Peeters');

    const b = await overlayOn(chromium, CALL_B);
    const question = b.panel.locator('cn-observation-panel .elsewhere');
    await question.waitFor();
    expect(await question.innerText()).toContain('Sam Peeters');
    expect(await b.panel.locator('cn-observe').count()).toBe(0);
    // Keys pressed on this call land in nobody's notes.
    await b.panel.locator('cn-observation-panel button.start-here').focus();
    await b.page.keyboard.press('1');
    expect(await b.panel.locator('cn-observation-item.draft').count()).toBe(0);

    await b.panel.locator('cn-observation-panel button.start-here').click();
    await startObservation(b.panel, 'Noor Janssens');
    expect(await b.panel.locator('cn-observation-panel header').innerText()).toContain(
      'Noor Janssens',
    );

    // Back on call A after a reload: Sam's session, not Noor's (the last one opened).
    await a.page.reload();
    await showOverlay(await chromium.serviceWorker(), a.page);
    const again = await panelFrame(a.page);
    await again.locator('cn-observe .timer').waitFor();
    expect(await again.locator('cn-observation-panel header').innerText()).toContain('Sam Peeters');
    expect(await again.locator('cn-observation-panel .elsewhere').count()).toBe(0);
  });

  test('the overlay comes back after a tab reload when it was open, and stays away when it was hidden', async () => {
    await chromium?.cleanup();
    chromium = await launchOnMeet();
    const { page } = await overlayOn(chromium, CALL_A);
    await page.reload();
    const again = await panelFrame(page);
    await again.locator('cn-observation-panel').waitFor();

    // Hidden with the toggle command, it stays hidden after the next reload.
    const sw = await chromium.serviceWorker();
    await runCommand(sw, 'toggle-overlay', await tabIdOf(sw, page));
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await overlayBox(page)).toBeUndefined();
  });
});
