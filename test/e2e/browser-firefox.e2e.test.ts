import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { createPerson } from '@coaching-notes/shared';
import {
  launcherIsAt,
  launcherPoint,
  launchFirefoxWithExtension,
  readFixture,
  type FirefoxWithExtension,
} from './helpers';

const MEET = 'https://meet.google.com/abc-defg-hij';
let firefox: FirefoxWithExtension;
let page: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const html = readFixture('sites/google-meet.html');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('https://meet.google.com/')) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else void request.abort();
  });
});

afterAll(async () => {
  await firefox?.cleanup();
});

/** The panel frame (puppeteer over BiDi lists it as about:blank, so ask each frame where it is). */
async function findPanel(timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames().slice(1)) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(firefox.baseUrl)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no panel frame');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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
    const panel = await findPanel();
    const context = await panel.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const me = (await api.runtime.sendMessage({ type: 'tab:whoami' })) as { tabId: number };
      // Firefox gives a frame inside a web page no `tabs` API: the background fetches the context.
      return api.runtime.sendMessage({ type: 'context:fetch', tabId: me.tabId });
    });
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
});
