import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  allowPermissionPrompt,
  answerRetention,
  contextOf,
  launchChromiumWithExtension,
  openDashboard,
  readFixture,
  routeFixture,
  showView,
  startXvfb,
  type ChromiumWithExtension,
  type VirtualDisplay,
} from './helpers';
import { OTHER_ADDRESSES } from './helpers/site-cases';

/**
 * Government and sovereign clouds are optional hosts: headful under Xvfb, because only a real
 * window shows Chrome's permission prompt, which the test answers with the keyboard.
 */
const optional = OTHER_ADDRESSES.filter((a) => a.optional);
let display: VirtualDisplay;
let browser: ChromiumWithExtension;
let dashboard: Page;

beforeAll(async () => {
  display = await startXvfb();
  browser = await launchChromiumWithExtension({
    headless: false,
    env: { DISPLAY: display.display },
  });
  for (const address of optional)
    await routeFixture(browser.ctx, address.route, readFixture(`sites/${address.case.site}.html`));
  dashboard = await openDashboard(browser);
  await answerRetention(dashboard);
});

afterAll(async () => {
  await browser?.cleanup();
  display?.stop();
});

const allowed = () =>
  browser.sw.evaluate(() =>
    chrome.permissions.contains({ origins: ['https://*.teams.microsoft.us/*'] }),
  );

/** Clicks "Allow these sites"; the click asks for the hosts, which the prompt then allows. */
async function allowOptionalSites(): Promise<void> {
  const button = dashboard.locator('cn-dash-settings button[name="allow-optional-sites"]');
  await allowPermissionPrompt(display, 'Coaching dashboard', allowed, async () => {
    if (await button.isVisible()) await button.click();
  });
}

describe('government and sovereign clouds', () => {
  test('allowed from the settings page, Teams (GCC High, DoD) and Dynamics (DE, US Gov) pages read their context', async () => {
    await dashboard.bringToFront();
    await showView(dashboard, 'settings');
    const section = dashboard.locator('cn-dash-settings section.optional-sites');
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.textContent()).toContain('teams.microsoft.us');
    await allowOptionalSites();
    expect(await allowed()).toBe(true);
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/^Allowed/);

    const page = await browser.ctx.newPage();
    for (const address of optional) {
      await page.goto(address.url);
      const context = await contextOf(browser.sw, page);
      expect(context, address.url).toMatchObject({
        site: address.case.site,
        label: address.case.before.label,
      });
      expect(new URL(context.url).pathname).toBe(address.path);
    }
  });
});
