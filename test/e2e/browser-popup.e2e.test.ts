import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchChromiumWithExtension,
  openExtensionPage,
  overlayBox,
  panelFrame,
  readFixture,
  routeFixture,
  tabIdOf,
  writeSettings,
  type ChromiumWithExtension,
} from './helpers';

let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  await routeFixture(chromium.ctx, 'https://app.hubspot.com/**', readFixture('sites/hubspot.html'));
});

afterAll(async () => {
  await chromium?.cleanup();
});

describe('toolbar popup', () => {
  test('offers the overlay, the side panel and the dashboard, in the chosen language', async () => {
    await writeSettings(chromium.sw, { locale: 'nl', surface: 'sidepanel' });
    const popup = await openExtensionPage(chromium.ctx, chromium.extensionId, 'popup/index.html');
    await expect
      .poll(() => popup.locator('#open-here').textContent())
      .toBe('Paneel op deze pagina tonen');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('nl');
    const buttons = await popup.locator('.actions button').allTextContents();
    // The preferred surface (side panel here) comes first and has focus.
    expect(buttons).toEqual([
      'In zijpaneel openen',
      'Paneel op deze pagina tonen',
      'Dashboard openen',
    ]);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('open-side');

    await popup.click('#open-dashboard');
    await expect
      .poll(() => chromium.ctx.pages().some((p) => p.url().endsWith('/dashboard/index.html')))
      .toBe(true);
    await writeSettings(chromium.sw, { locale: 'auto', surface: 'overlay' });
  });

  test('"show panel on this page" asks the background to open the overlay in that tab', async () => {
    const page = await chromium.ctx.newPage();
    await page.goto('https://app.hubspot.com/contacts/1234567/record/0-3/987654321');
    const tabId = await tabIdOf(chromium.sw, page);
    const popup = await openExtensionPage(chromium.ctx, chromium.extensionId, 'popup/index.html');
    const answer = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'overlay:open', tabId: id }),
      tabId,
    );
    expect(answer).toEqual({ ok: true });
    await panelFrame(page);
    expect(await overlayBox(page)).toBeDefined();
    // A tab the extension may not script (here: the popup's own extension tab) reports failure.
    const popupTab = await popup.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    const refused = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'overlay:open', tabId: id }),
      popupTab,
    );
    expect(refused).toEqual({ ok: false });
  });

  test('"open in side panel" opens the panel page in Chrome\'s side panel', async () => {
    const popup = await openExtensionPage(chromium.ctx, chromium.extensionId, 'popup/index.html');
    await expect.poll(() => popup.locator('#open-side').textContent()).toBeTruthy();
    await popup.click('#open-side');
    // The side panel is a browser UI target Playwright does not list among pages: ask CDP.
    const cdp = await chromium.ctx.newCDPSession(chromium.ctx.pages().find((p) => !p.isClosed())!);
    const sidePanelOpen = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { url: string }[];
      };
      return targetInfos.some(
        (t) =>
          t.url === `chrome-extension://${chromium.extensionId}/panel/index.html?mode=sidepanel`,
      );
    };
    await expect.poll(sidePanelOpen, { timeout: 10_000 }).toBe(true);
    // It worked, so the popup closed itself.
    await expect.poll(() => popup.isClosed()).toBe(true);
  });
});
