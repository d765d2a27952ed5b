import { afterAll, describe, expect, test } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import type { Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import {
  launcherIsAt,
  launcherPoint,
  launchOnMeet,
  launchFirefoxWithExtension,
  panelFrame,
  readFixture,
  routeFixture,
  showOverlay,
  type ChromiumWithExtension,
  type FirefoxWithExtension,
} from './helpers';

const MEET = 'https://meet.google.com/abc-defg-hij';
const HOSTILE = 'https://intranet.example.org/dashboard';
const COACHEE = 'Marieke Framecheck';

/** A page on a host the extension has nothing to do with, framing the panel at `urls`. */
function hostilePage(urls: string[]): string {
  const frames = urls
    .map((url) => `<iframe src="${url}" width="380" height="500" title="x"></iframe>`)
    .join('');
  return `<!doctype html><html><head><title>Intranet</title></head><body>${frames}</body></html>`;
}

/**
 * What a framed panel document can get from the background, asked from inside that frame with
 * the extension's own API (stronger than anything the framing page can do): a store call over the
 * port and the page-context and dashboard messages. Runs in the frame (Playwright or Puppeteer).
 */
async function probeFromFrame(): Promise<{ store: string; whoami: unknown; context: unknown }> {
  const api =
    (globalThis as unknown as { browser?: typeof chrome }).browser ??
    (globalThis as unknown as { chrome: typeof chrome }).chrome;
  const store = await new Promise<string>((resolve) => {
    const port = api.runtime.connect({ name: 'coaching-notes-store' });
    port.onMessage.addListener((message: unknown) => resolve(`reply:${JSON.stringify(message)}`));
    port.onDisconnect.addListener(() => resolve('disconnected'));
    port.postMessage({ id: 1, method: 'list', args: [{ type: 'person' }] });
    setTimeout(() => resolve('silent'), 4000);
  });
  const whoami = await api.runtime.sendMessage({ type: 'tab:whoami' }).catch(() => 'error');
  const context = await api.runtime
    .sendMessage({ type: 'context:fetch', tabId: 1 })
    .catch(() => 'error');
  return { store, whoami, context };
}

/** Runs in a panel frame: whether the observation panel was mounted, and the text shown. */
function panelState(): { mounted: boolean; text: string } {
  return {
    mounted: document.querySelector('cn-observation-panel') !== null,
    text: document.body?.innerText ?? '',
  };
}

describe('a page on an unrelated host that frames the panel gets a dead panel', () => {
  let chromium: ChromiumWithExtension | undefined;
  let firefox: FirefoxWithExtension | undefined;
  afterAll(async () => {
    await chromium?.cleanup();
    await firefox?.cleanup();
  });

  test('Chromium: a page-made frame of the panel loads nothing, at the extension id or the per-session URL; the overlay works', async () => {
    chromium = await launchOnMeet();

    // The coach's real overlay: it mounts and stores a coachee.
    const meet = await chromium.ctx.newPage();
    await meet.goto(MEET);
    await showOverlay(await chromium.serviceWorker(), meet);
    const overlay = await panelFrame(meet);
    await overlay.locator('form.new-coachee input[name="name"]').fill(COACHEE);
    await overlay.locator('form.new-coachee button[type="submit"]').click();
    await overlay.locator('form.new-track').waitFor();

    // The page knows the extension id and even the per-session URL (as if it leaked).
    const sw = await chromium.serviceWorker();
    const dynamicBase = await sw.evaluate(() => chrome.runtime.getURL(''));
    const staticUrl = `chrome-extension://${chromium.extensionId}/panel/index.html?mode=overlay`;
    const dynamicUrl = `${dynamicBase}panel/index.html?mode=overlay&leaked=1`;
    await routeFixture(
      chromium.ctx,
      'https://intranet.example.org/**',
      hostilePage([staticUrl, dynamicUrl]),
    );
    const hostile = await chromium.ctx.newPage();
    await hostile.goto(HOSTILE);
    const dashboards = () =>
      chromium!.ctx.pages().filter((p) => p.url().includes('/dashboard/index.html')).length;

    // Under use_dynamic_url neither URL may be framed by a web page: Chromium refuses both loads,
    // so the page gets no panel document at all (nothing to click, nothing to probe).
    await expect.poll(() => hostile.frames().length).toBe(3);
    await expect
      .poll(() =>
        hostile
          .frames()
          .slice(1)
          .map((f) => f.url().split(':')[0]),
      )
      .toEqual(['chrome-error', 'chrome-error']);
    await clickAllOver(hostile);
    expect(dashboards()).toBe(0);

    // The real overlay still works after all that.
    await overlay.locator('form.new-track input[name="title"]').fill('Client calls');
    await overlay.locator('form.new-track button[type="submit"]').click();
    await overlay.locator('form.new-session').waitFor();
    expect(await overlay.locator('#coachee').innerText()).toContain(COACHEE);
  });

  test('Firefox: a page-made frame of the panel gets no store and no UI; the overlay works', async () => {
    firefox = await launchFirefoxWithExtension();
    const panelUrl = `${firefox.baseUrl}panel/index.html?mode=overlay`;
    const serve = async (page: PpPage) => {
      await page.setViewport({ width: 1280, height: 800 });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('https://meet.google.com/'))
          void request.respond({
            status: 200,
            contentType: 'text/html',
            body: readFixture('sites/google-meet.html'),
          });
        else if (url.startsWith('https://intranet.example.org/'))
          void request.respond({
            status: 200,
            contentType: 'text/html',
            body: hostilePage([panelUrl]),
          });
        else void request.continue();
      });
    };
    const hostile = await firefox.browser.newPage();
    await serve(hostile);
    await hostile.goto(HOSTILE);
    const framed = await extensionFrame(hostile, firefox.baseUrl);
    await expect
      .poll(() => framed.evaluate(panelState), { timeout: 8000 })
      .toMatchObject({
        mounted: false,
        text: expect.stringMatching(
          /only where Coaching Notes opened it|alleen waar Coaching Notes/,
        ),
      });
    const probe = await framed.evaluate(probeFromFrame);
    expect(probe.store).toBe('disconnected');
    expect(probe.whoami ?? null).toBeNull();

    const meet = await firefox.browser.newPage();
    await serve(meet);
    await meet.goto(MEET);
    await meet.bringToFront();
    // The launcher opens the overlay (Meet's bottom bar is 88 px high).
    const launcher = launcherPoint({ width: 1280, height: 800 }, 88);
    await meet.waitForFunction(launcherIsAt, { polling: 50, timeout: 10_000 }, launcher);
    await meet.mouse.click(launcher.x, launcher.y);
    const overlay = await extensionFrame(meet, firefox.baseUrl);
    await expect
      .poll(() => overlay.evaluate(panelState), { timeout: 10_000 })
      .toMatchObject({ mounted: true });
  });
});

/** Clicks a grid of points over the whole viewport (every control a framed panel could show). */
async function clickAllOver(page: PwPage): Promise<void> {
  for (let x = 20; x < 400; x += 60)
    for (let y = 20; y < 1000; y += 60) await page.mouse.click(x, y);
  await page.waitForTimeout(300);
}

/** The first extension frame of `page` (puppeteer over BiDi lists it as about:blank: ask it). */
async function extensionFrame(page: PpPage, baseUrl: string): Promise<PpFrame> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const frame of page.frames().slice(1)) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(baseUrl)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no extension frame');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
