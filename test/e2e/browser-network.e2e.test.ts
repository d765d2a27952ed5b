import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchChromiumWithExtension,
  openExtensionPage,
  panelFrame,
  readFixture,
  recordRequests,
  routeFixture,
  runCommand,
  showOverlay,
  type ChromiumWithExtension,
} from './helpers';
import { SITE_CASES } from './helpers/site-cases';

let chromium: ChromiumWithExtension;
let recorder: ReturnType<typeof recordRequests>;
const fixtureHosts = SITE_CASES.map((c) => new URL(c.url).hostname);

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  recorder = recordRequests(chromium.ctx);
  for (const c of SITE_CASES)
    await routeFixture(chromium.ctx, c.route, readFixture(`sites/${c.site}.html`));
});

afterAll(async () => {
  await chromium?.cleanup();
});

describe('no network request from any extension context', () => {
  test('pages, overlay panels, extension pages and the service worker request nothing outside', async () => {
    for (const c of SITE_CASES.filter((s) => !s.activeTabOnly)) {
      const page = await chromium.ctx.newPage();
      await page.goto(c.url);
      const tabId = await showOverlay(chromium.sw, page);
      const frame = await panelFrame(page);
      await frame.waitForLoadState('load');
      const field = frame.locator('textarea:visible, input:visible').first();
      if (await field.count()) await field.fill(`note on ${c.site}`);
      await page.click('#navigate');
      await runCommand(chromium.sw, 'toggle-overlay', tabId);
      await runCommand(chromium.sw, 'toggle-overlay', tabId);
      await page.waitForTimeout(300);
      await page.close();
    }
    for (const path of [
      'popup/index.html',
      'dashboard/index.html',
      'panel/index.html?mode=sidepanel',
    ]) {
      const page = await openExtensionPage(chromium.ctx, chromium.extensionId, path);
      await page.waitForLoadState('load');
      await page.waitForTimeout(1_000);
      await page.close();
    }

    const fromExtension = recorder.requests.filter(
      (r) => r.from !== 'page' || r.initiator.startsWith('chrome-extension://'),
    );
    expect(fromExtension.length, 'the extension pages themselves were recorded').toBeGreaterThan(0);
    expect(recorder.disallowed(fixtureHosts)).toEqual([]);
    // Every request the extension made stayed inside the extension.
    expect(fromExtension.filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
  });

  test('the recorder would notice: a request from the worker and from a panel frame is caught', async () => {
    await chromium.ctx.route('https://network-canary.invalid/**', (route) => route.abort());
    await chromium.sw.evaluate(() =>
      fetch('https://network-canary.invalid/from-worker').catch(() => undefined),
    );
    const page = await chromium.ctx.newPage();
    await page.goto(SITE_CASES[0]!.url);
    await showOverlay(chromium.sw, page);
    const frame = await panelFrame(page);
    await frame.evaluate(() =>
      fetch('https://network-canary.invalid/from-panel').catch(() => undefined),
    );
    await expect
      .poll(() =>
        recorder
          .disallowed(fixtureHosts)
          .map((r) => `${r.from} ${new URL(r.url).pathname}`)
          .sort(),
      )
      .toEqual(['frame /from-panel', 'service-worker /from-worker']);
    await page.close();
  });
});
