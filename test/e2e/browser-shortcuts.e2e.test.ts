import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SUGGESTED_KEYS } from '../../extension-browser/src/manifest';
import {
  answerRetention,
  contextOf,
  launchChromiumWithExtension,
  openDashboard,
  openExtensionPage,
  showView,
  overlayBox,
  panelFrame,
  readFixture,
  routeFixture,
  startXvfb,
  type ChromiumWithExtension,
  type VirtualDisplay,
} from './helpers';
import { SITE_CASES } from './helpers/site-cases';

/**
 * Real keyboard shortcuts, headful under Xvfb (headless Chromium does not fire extension commands):
 * on a page outside the supported sites, the shortcut grants `activeTab`, the background injects
 * the loader, and the generic adapter reads the page.
 */
const generic = SITE_CASES.find((c) => c.site === 'generic')!;
let display: VirtualDisplay;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  display = await startXvfb();
  chromium = await launchChromiumWithExtension({
    headless: false,
    env: { DISPLAY: display.display },
  });
  await routeFixture(chromium.ctx, generic.route, readFixture('sites/generic.html'));
});

afterAll(async () => {
  await chromium?.cleanup();
  display?.stop();
});

describe('browser shortcuts on any page (activeTab)', () => {
  test('Alt+Shift+O opens the overlay on an unsupported page; the generic adapter follows it', async () => {
    const page = chromium.ctx.pages()[0] ?? (await chromium.ctx.newPage());
    await page.goto(generic.url);
    await page.bringToFront();
    display.focusWindow(generic.before.label);
    await page.click('#page-input');

    display.key('alt+shift+o');
    await panelFrame(page);
    await expect.poll(() => overlayBox(page)).toBeDefined();
    const before = await contextOf(chromium.sw, page);
    expect(before).toMatchObject({ site: 'generic', kind: 'other', label: generic.before.label });

    await page.click('#navigate');
    await expect
      .poll(async () => (await contextOf(chromium.sw, page)).label)
      .toBe(generic.after.label);

    await page.click('#page-input');
    display.key('alt+shift+o');
    await expect.poll(() => overlayBox(page)).toBeUndefined();
  });

  test('Alt+Shift+1 reaches the extension as "capture a top", not the page', async () => {
    const page = chromium.ctx.pages()[0] ?? (await chromium.ctx.newPage());
    await page.goto(generic.url);
    await chromium.sw.evaluate(() => {
      const scope = globalThis as unknown as { heard: string[] };
      scope.heard = [];
      chrome.commands.onCommand.addListener((command) => scope.heard.push(command));
    });
    await page.bringToFront();
    display.focusWindow(generic.before.label);
    await page.click('#page-input');
    display.key('alt+shift+1');
    await expect
      .poll(() => chromium.sw.evaluate(() => (globalThis as unknown as { heard: string[] }).heard))
      .toEqual(['capture-top']);
  });

  test('the popup and the settings page name the commands without a key and open the shortcut page', async () => {
    const bindings = await boundKeys(chromium);
    const unbound = Object.entries(bindings)
      .filter(([, key]) => !key)
      .map(([id]) => id);
    // Chrome binds four suggested keys at most: fact and intervention wait for the user.
    expect(unbound).toEqual(['capture-fact', 'capture-intervention']);

    const popup = await openExtensionPage(chromium.ctx, chromium.extensionId, 'popup/index.html');
    await expect
      .poll(() => popup.locator('#unbound li').allTextContents())
      .toEqual(['Capture a fact', 'Capture an intervention (you stepped in)']);
    await popup.locator('#open-shortcuts').click();
    await expect
      .poll(() => chromium.ctx.pages().some((p) => p.url() === 'chrome://extensions/shortcuts'))
      .toBe(true);

    const dashboard = await openDashboard(chromium);
    await answerRetention(dashboard);
    await showView(dashboard, 'settings');
    const rows = dashboard.locator('cn-dash-settings ul.commands li');
    await expect.poll(() => rows.count()).toBe(Object.keys(bindings).length);
    for (const [id, key] of Object.entries(bindings)) {
      const row = dashboard.locator(`cn-dash-settings ul.commands li[data-command="${id}"]`);
      expect(await row.getAttribute('class'), id).toBe(key ? 'bound' : 'unbound');
      if (key) expect(await row.locator('kbd').textContent()).toBe(key);
    }
    await dashboard.close();
    await popup.close().catch(() => undefined);
  });
});

/** `commands.getAll()` read in the service worker, by command (the action's own entry left out). */
function boundKeys(browser: ChromiumWithExtension): Promise<Record<string, string>> {
  return browser.sw.evaluate(async () =>
    Object.fromEntries(
      (await chrome.commands.getAll())
        .filter((c) => c.name !== '_execute_action')
        .map((c) => [c.name!, c.shortcut ?? '']),
    ),
  );
}

describe('suggested shortcuts in a fresh profile', () => {
  for (const lang of ['en', 'nl']) {
    test(`Chrome binds every suggested key (${lang})`, async () => {
      const fresh = await launchChromiumWithExtension({
        headless: false,
        args: [`--lang=${lang}`],
        env: { DISPLAY: display.display, LANGUAGE: lang },
      });
      try {
        const bindings = await boundKeys(fresh);
        for (const [id, key] of Object.entries(SUGGESTED_KEYS)) expect(bindings[id], id).toBe(key);
      } finally {
        await fresh.cleanup();
      }
    });
  }
});
