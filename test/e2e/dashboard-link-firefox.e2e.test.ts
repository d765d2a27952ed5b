import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers';

/**
 * Firefox has no File System Access API: the shared-file view says so and keeps download and
 * import, found by feature detection (the same build's Chromium test links a file).
 */
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.cleanup();
});

/** An extension page of ours; a fresh install opens its first-run help by itself. */
async function extensionPage(): Promise<Page> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const p of await firefox.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(firefox.baseUrl)) return p;
    }
    if (Date.now() > deadline) throw new Error('no extension page');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Text of the dashboard's shared-file view, shadow roots included. */
function exchangeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dashboard = document.querySelector('cn-dashboard')?.shadowRoot;
    const exchange = dashboard?.querySelector('cn-dash-exchange')?.shadowRoot;
    const link = exchange?.querySelector('cn-dash-link')?.shadowRoot;
    return `${link?.textContent ?? ''}\n${exchange?.textContent ?? ''}`;
  });
}

describe('the team-file link in Firefox ESR', () => {
  test('says the browser cannot link a file and keeps download and import', async () => {
    const page = await extensionPage();
    // Navigating to moz-extension:// from outside is refused; from our own page it is not.
    await page.evaluate(() => location.assign('/dashboard/index.html#exchange'));
    let text = '';
    await expect
      .poll(async () => (text = await exchangeText(page).catch(() => '')), { timeout: 20_000 })
      .toContain(
        'Your browser cannot link a file: download the merged file and put it in the team folder.',
      );
    expect(text).not.toContain("Link the team's file…");
    expect(text).toContain('Preview the export');
    expect(text).toContain('Choose a shared file (.coaching.jsonl)');
  });
});
