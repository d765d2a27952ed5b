import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame } from 'playwright-core';
import {
  launchChromiumWithExtension,
  clickLauncher,
  panelFrame,
  readFixture,
  routeFixture,
  type ChromiumWithExtension,
} from './helpers';

const HOSTILE = 'https://meet.google.com/hst-abcd-efg';
const CANARY = 'CANARY-7f3a9c-private-note';
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  await routeFixture(chromium.ctx, 'https://meet.google.com/**', readFixture('sites/hostile.html'));
});

afterAll(async () => {
  await chromium?.cleanup();
});

/** The first text field the panel shows (whatever step of the flow it opens on). */
async function panelTextField(frame: Frame) {
  const field = frame
    .locator('textarea:visible, input[type="text"]:visible, input:not([type]):visible')
    .first();
  await field.waitFor({ state: 'visible', timeout: 15_000 });
  return field;
}

describe('a hostile page cannot read what is typed into the panel', () => {
  test('capture listeners, patched attachShadow, MutationObserver and frame probes see no canary', async () => {
    const page = await chromium.ctx.newPage();
    await page.goto(HOSTILE);

    // The page's own probes work: text typed into the page itself is recorded.
    await page.click('#own-input');
    await page.keyboard.type('PAGE-SELF-CHECK');
    expect(
      await page.evaluate(() => (window as unknown as { __leakText(): string }).__leakText()),
    ).toContain('PAGE-SELF-CHECK');

    // The page also embeds the panel itself, as it could guess the URL, and probes that frame too.
    await page.evaluate((id) => {
      const probe = document.createElement('iframe');
      probe.dataset['probe'] = '1';
      probe.src = `chrome-extension://${id}/panel/index.html?mode=overlay&probe=1`;
      document.body.append(probe);
    }, chromium.extensionId);

    await clickLauncher(page, 88);
    const frame = await panelFrame(
      page,
      15_000,
      (url) => url.searchParams.get('mode') === 'overlay' && !url.searchParams.has('probe'),
    );
    const field = await panelTextField(frame);
    await field.click();
    await page.keyboard.type(CANARY, { delay: 15 });
    expect(await field.inputValue()).toContain(CANARY);
    await page.waitForTimeout(800);

    const leaked = await page.evaluate(() =>
      (window as unknown as { __leakText(): string }).__leakText(),
    );
    expect(leaked).not.toContain(CANARY);
    expect(leaked).not.toContain(CANARY.slice(0, 12));
    // Not a single typed character of the canary reached the page's key listeners.
    expect(leaked).not.toMatch(/key(down|up|press)\.key:7/);
    // The overlay's shadow root was made with the content script's own attachShadow, not the page's.
    expect(leaked).not.toContain('attachShadow:');
    // The page's probes into the extension frame were refused (an iframe it made is readable only
    // while it is still its own about:blank document, before the panel loads).
    expect(leaked).toMatch(/frames\[i\]\.blocked:SecurityError/);
    expect(leaked).toMatch(/probeFrame\.blocked:SecurityError/);
    await page.close();
  });
});
