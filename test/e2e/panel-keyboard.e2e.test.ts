import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import {
  launchOnMeet,
  panelFrame,
  runCommand,
  storedRows,
  openExtensionPage,
  tabIdOf,
  type ChromiumWithExtension,
} from './helpers';

const MEET = 'https://meet.google.com/abc-defg-hij';
let chromium: ChromiumWithExtension | undefined;

afterAll(async () => {
  await chromium?.cleanup();
});

/** The element focused in `frame`, through shadow roots: its tag, class and name. */
function focused(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('name') ?? ''}]`;
  });
}

async function observations(c: ChromiumWithExtension): Promise<string[]> {
  const page = await openExtensionPage(c.ctx, c.extensionId, 'popup/index.html');
  try {
    return (await storedRows(page))
      .map((row) => row.record as { type: string; text?: string; deleted?: boolean })
      .filter((r) => r.type === 'observation' && !r.deleted)
      .map((r) => r.text ?? '');
  } finally {
    await page.close();
  }
}

describe('keyboard in the overlay panel (real Chromium)', () => {
  test('Alt+Shift+O puts focus in the panel; the overlay comes first in the tab order; focus follows New session, Start and each note; keys on buttons capture nothing; Escape discards', async () => {
    chromium = await launchOnMeet();
    const page = await chromium.ctx.newPage();
    await page.goto(MEET);
    const sw = await chromium.serviceWorker();
    const tabId = await tabIdOf(sw, page);
    // The command's handler, as the shortcut runs it (headless Chromium fires no shortcuts).
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    expect(await runCommand(sw, 'toggle-overlay', tabId)).toBe(true);
    const panel = await panelFrame(page);
    await panel.locator('form.new-coachee input[name="name"]').waitFor();
    await expect.poll(() => panel.evaluate(() => document.hasFocus())).toBe(true);
    await expect.poll(() => focused(panel)).not.toBe('body');

    // The overlay comes before the call page's own controls: one Shift+Tab back from the first
    // of them reaches it (appended last, it came only after "Leave call").
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('body button, body a[href], body input')?.focus(),
    );
    await page.keyboard.press('Shift+Tab');
    expect(
      await page.evaluate(() => document.activeElement?.parentElement === document.documentElement),
    ).toBe(true);

    // New coachee, track, session: focus stays on the way, then lands in the new session.
    await panel.locator('form.new-coachee input[name="name"]').focus();
    await page.keyboard.type('Noor Janssens');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(panel)).toBe('input.[title]');
    await page.keyboard.type('Client calls');
    await page.keyboard.press('Enter');
    await panel.locator('form.new-session button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await panel.locator('cn-prepare').waitFor();
    await expect.poll(() => focused(panel)).toMatch(/^button\.stage-before/);

    await panel.locator('cn-prepare button.prepared').click();
    await panel.locator('cn-prepare button.start').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(panel)).toBe('div.capture[]');

    // A note from the capture bar; after Enter focus is back there, ready for the next one.
    await page.keyboard.press('1');
    await panel.locator('cn-observation-item.draft textarea').waitFor();
    await page.keyboard.type('Opens with the agenda');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(panel)).toBe('div.capture[]');

    // On a focused button, letters and digits do nothing; Space only presses that button.
    await panel.locator('cn-observe button.end-observation').focus();
    await page.keyboard.type('(vanaf12');
    expect(await panel.locator('cn-observation-item.draft').count()).toBe(0);

    // Escape throws a capture away instead of saving it.
    await panel.locator('cn-observe .capture').focus();
    await page.keyboard.press('2');
    await page.keyboard.type('Half a thought');
    await page.waitForTimeout(400);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(panel)).toBe('div.capture[]');
    await expect.poll(() => observations(chromium!)).toEqual(['Opens with the agenda']);
  });
});
