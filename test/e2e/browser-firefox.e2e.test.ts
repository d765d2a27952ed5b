import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { createPerson } from '@coaching-notes/shared';
import { SUGGESTED_KEYS } from '../../extension-browser/src/manifest';
import {
  launcherIsAt,
  launcherPoint,
  launchFirefoxWithExtension,
  readFixture,
  type FirefoxWithExtension,
} from './helpers';

const MEET = 'https://meet.google.com/abc-defg-hij';
/** Where the launcher sits on a site without a bottom bar (Salesforce). */
const launcher0 = launcherPoint({ width: 1280, height: 800 }, 0);
let firefox: FirefoxWithExtension;
let page: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await serveFixtures(page);
});

/** Serves the site fixtures under their real hosts to `target`, and nothing else. */
async function serveFixtures(target: Page): Promise<void> {
  const fixtures: Record<string, string> = {
    'https://meet.google.com/': readFixture('sites/google-meet.html'),
    'https://acme.lightning.force.com/': readFixture('sites/salesforce.html'),
  };
  await target.setRequestInterception(true);
  target.on('request', (request) => {
    const origin = Object.keys(fixtures).find((o) => request.url().startsWith(o));
    if (origin) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: fixtures[origin]!,
      });
    } else void request.abort();
  });
}

afterAll(async () => {
  await firefox?.cleanup();
});

/** The panel frame (puppeteer over BiDi lists it as about:blank, so ask each frame where it is). */
async function findPanel(on: Page = page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of on.frames().slice(1)) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(firefox.baseUrl)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no panel frame');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The page context, as the panel in `panel` gets it. */
function panelContext(panel: Frame): Promise<unknown> {
  return panel.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const me = (await api.runtime.sendMessage({ type: 'tab:whoami' })) as { tabId: number };
    // Firefox gives a frame inside a web page no `tabs` API: the background fetches the context.
    return api.runtime.sendMessage({ type: 'context:fetch', tabId: me.tabId });
  });
}

describe('the Firefox build in Firefox ESR', () => {
  test('loads; the launcher opens the overlay with the panel page of the extension', async () => {
    await page.goto(MEET);
    // The launcher shows once the loader has read the settings (Meet's bottom bar: 88 px).
    const launcher = launcherPoint({ width: 1280, height: 800 }, 88);
    await page.waitForFunction(launcherIsAt, { polling: 50, timeout: 10_000 }, launcher);
    await page.mouse.click(launcher.x, launcher.y);
    const panel = await findPanel();
    expect(await panel.evaluate(() => location.href)).toBe(
      `${firefox.baseUrl}panel/index.html?mode=overlay`,
    );
    // The panel rendered its UI (the shared observation panel element).
    await expect
      .poll(
        () =>
          panel.evaluate(
            () =>
              document.querySelector('cn-observation-panel')?.shadowRoot?.childElementCount ?? 0,
          ),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    // The page still cannot see the frame.
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
  });

  test('the panel learns its tab and reads the page context from the loader', async () => {
    const context = await panelContext(await findPanel());
    expect(context).toMatchObject({
      site: 'google-meet',
      kind: 'call',
      label: 'Weekly sales sync',
      meetingCode: 'abc-defg-hij',
    });
  });

  test('what the panel stores through the background is in the extension’s own IndexedDB', async () => {
    const panel = await findPanel();
    const person = createPerson(
      { displayName: 'Firefox bridge' },
      { actor: 'e2e', now: new Date('2026-02-01T08:00:00Z') },
    );
    const stored = await panel.evaluate(async (record) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const port = api.runtime.connect({ name: 'coaching-notes-store' });
      const reply = await new Promise<unknown>((resolve) => {
        port.onMessage.addListener(
          (message: { id?: number }) => message.id === 1 && resolve(message),
        );
        port.postMessage({ id: 1, method: 'put', args: [record] });
      });
      port.disconnect();
      const direct = await new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('coaching-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('records')
            .objectStore('records')
            .get(['person', record.id]);
          get.onsuccess = () => resolve(get.result?.record?.displayName);
        };
      });
      return { reply, direct };
    }, person);
    expect(stored.reply).toEqual({ id: 1 });
    expect(stored.direct).toBe('Firefox bridge');
  });

  test('Firefox binds every suggested shortcut', async () => {
    // A frame inside a web page has no `commands` API: ask from the dashboard, a page of its own.
    const panel = await findPanel();
    await panel.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
        type: 'dashboard:open',
      }),
    );
    let dashboard: Page | undefined;
    await expect
      .poll(async () => {
        for (const p of await firefox.browser.pages()) {
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(`${firefox.baseUrl}dashboard/`)) dashboard = p;
        }
        return dashboard !== undefined;
      })
      .toBe(true);
    const bindings = await dashboard!.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return Object.fromEntries((await api.commands.getAll()).map((c) => [c.name, c.shortcut]));
    });
    await dashboard!.close();
    for (const [id, key] of Object.entries(SUGGESTED_KEYS)) expect(bindings[id], id).toBe(key);
  });

  test('Salesforce Account → Opportunity: the visible record, not the hidden Account page', async () => {
    const salesforce = await firefox.browser.newPage();
    try {
      await salesforce.setViewport({ width: 1280, height: 800 });
      await serveFixtures(salesforce);
      await salesforce.goto(
        'https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZaBAAZ/view',
      );
      await salesforce.waitForFunction(launcherIsAt, { polling: 50, timeout: 10_000 }, launcher0);
      await salesforce.click('#navigate');
      await salesforce.mouse.click(launcher0.x, launcher0.y);
      const panel = await findPanel(salesforce);
      await expect
        .poll(async () => (await panelContext(panel)) as { label?: string }, { timeout: 5_000 })
        .toMatchObject({ label: 'Opportunity: Acme renewal 2027', recordType: 'opportunity' });
    } finally {
      await salesforce.close();
    }
  });

  test('an SPA navigation is noticed without a poll: the new page’s controls are kept clear', async () => {
    const meet = await firefox.browser.newPage();
    try {
      await meet.setViewport({ width: 1280, height: 800 });
      await serveFixtures(meet);
      await meet.goto(MEET);
      const launcher = launcherPoint({ width: 1280, height: 800 }, 88);
      await meet.waitForFunction(launcherIsAt, { polling: 50, timeout: 10_000 }, launcher);
      // The app draws the next meeting with a control bar right where the launcher is, then
      // moves to its address: no click, no resize, only the navigation tells the loader.
      await meet.evaluate((at) => {
        const bar = document.createElement('div');
        bar.setAttribute('role', 'region');
        bar.setAttribute('aria-label', 'Call controls');
        bar.style.cssText = `position: fixed; left: ${at.x - 40}px; top: ${at.y - 40}px; width: 80px; height: 80px;`;
        document.body.append(bar);
        history.pushState({}, '', '/xyz-abcd-efg');
      }, launcher);
      await meet.waitForFunction(
        (at: { x: number; y: number }) =>
          document.elementFromPoint(at.x, at.y)?.getAttribute('aria-label') === 'Call controls',
        { polling: 50, timeout: 5_000 },
        launcher,
      );
    } finally {
      await meet.close();
    }
  });
});
