import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  barControls,
  clickLauncher,
  launchChromiumWithExtension,
  launcherCentre,
  launcherIsAt,
  overlayBox,
  panelFrame,
  readFixture,
  readSettings,
  routeFixture,
  runCommand,
  tabIdOf,
  writeSettings,
  type ChromiumWithExtension,
} from './helpers';

const MEET = 'https://meet.google.com/abc-defg-hij';
const MEET_BOTTOM_BAR = 88;
let chromium: ChromiumWithExtension;
/** Pages a test opened; closed after it even when it fails, so no tab outlives its test. */
const opened = new Set<Page>();

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  await routeFixture(
    chromium.ctx,
    'https://meet.google.com/**',
    readFixture('sites/google-meet.html'),
  );
});

afterEach(async () => {
  await Promise.all([...opened].map((page) => page.close()));
  opened.clear();
});

afterAll(async () => {
  await chromium?.cleanup();
});

async function openMeet() {
  const page = await chromium.ctx.newPage();
  opened.add(page);
  await page.goto(MEET);
  const tabId = await tabIdOf(chromium.sw, page);
  return { page, tabId };
}

describe('overlay on a call page', () => {
  test('the launcher opens the panel above the call controls, in a frame of the extension', async () => {
    const { page } = await openMeet();
    await clickLauncher(page, MEET_BOTTOM_BAR);
    const frame = await panelFrame(page);
    expect(frame.url()).toMatch(
      /^chrome-extension:\/\/[a-p]{32}\/panel\/index\.html\?mode=overlay$/,
    );
    const box = (await overlayBox(page))!;
    const { height } = page.viewportSize()!;
    const frameBox = (await (await frame.frameElement()).boundingBox())!;
    // Bottom-right, clear of the 80 px control bar.
    expect(box.right).toBe(1280 - 16);
    expect(frameBox.y + frameBox.height).toBeLessThanOrEqual(height - MEET_BOTTOM_BAR);
    // The page sees only an empty host element: no iframe, no panel text in its DOM.
    const pageView = await page.evaluate(() => ({
      iframes: document.querySelectorAll('iframe').length,
      html: document.documentElement.outerHTML,
      frames: window.frames.length,
    }));
    expect(pageView.iframes).toBe(0);
    expect(pageView.html).not.toContain('panel/index.html');
  });

  test('dragging moves it, and the place is remembered for the site after a reload', async () => {
    const { page } = await openMeet();
    await clickLauncher(page, MEET_BOTTOM_BAR);
    await panelFrame(page);
    const { grip } = barControls((await overlayBox(page))!);
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x - 150, grip.y - 25, { steps: 5 });
    await page.mouse.move(grip.x - 300, grip.y - 50, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => (await readSettings(chromium.sw))?.overlay['google-meet'])
      .toEqual({
        right: 316,
        bottom: 154,
        collapsed: false,
      });
    expect((await overlayBox(page))!.right).toBe(1280 - 316);

    await page.reload();
    try {
      // It was open, so it comes back by itself after the reload, at the remembered place.
      await panelFrame(page);
      await expect.poll(async () => (await overlayBox(page))?.right).toBe(1280 - 316);
    } finally {
      await writeSettings(chromium.sw, { overlay: {} });
    }
  });

  test('collapse keeps only the handle bar, and is remembered', async () => {
    const { page } = await openMeet();
    await clickLauncher(page, MEET_BOTTOM_BAR);
    const frame = await panelFrame(page);
    const frameHeight = async () => (await (await frame.frameElement()).boundingBox())?.height ?? 0;
    try {
      const open = barControls((await overlayBox(page))!);
      await page.mouse.click(open.collapse.x, open.collapse.y);
      await expect.poll(frameHeight).toBe(0);
      await expect
        .poll(async () => (await readSettings(chromium.sw))?.overlay['google-meet']?.collapsed)
        .toBe(true);
      // Collapsed, the bar sits where the panel's bottom was (above the call controls).
      const collapsed = barControls((await overlayBox(page))!);
      expect(collapsed.collapse.y).toBeGreaterThan(open.collapse.y + 500);
      await page.mouse.click(collapsed.collapse.x, collapsed.collapse.y);
      await expect.poll(frameHeight).toBeGreaterThan(100);
      await expect
        .poll(async () => (await readSettings(chromium.sw))?.overlay['google-meet']?.collapsed)
        .toBe(false);
    } finally {
      await writeSettings(chromium.sw, { overlay: {} });
    }
  });

  test('the toggle command hides it at once and brings it back with the panel still loaded', async () => {
    const { page, tabId } = await openMeet();
    expect(await runCommand(chromium.sw, 'toggle-overlay', tabId)).toBe(true);
    const frame = await panelFrame(page);
    await expect.poll(() => overlayBox(page)).toBeDefined();
    await frame.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));

    expect(await runCommand(chromium.sw, 'toggle-overlay', tabId)).toBe(true);
    expect(await overlayBox(page)).toBeUndefined();
    expect(await runCommand(chromium.sw, 'toggle-overlay', tabId)).toBe(true);
    expect(await overlayBox(page)).toBeDefined();
    expect(await frame.evaluate(() => (window as unknown as { marker: string }).marker)).toBe(
      'still here',
    );
  });

  test('the hide button closes it, the launcher stays away, and the shortcut brings it back', async () => {
    const { page, tabId } = await openMeet();
    await clickLauncher(page, MEET_BOTTOM_BAR);
    await panelFrame(page);
    const { hide } = barControls((await overlayBox(page))!);
    await page.mouse.click(hide.x, hide.y);
    expect(await overlayBox(page)).toBeUndefined();
    // Hidden while presenting: no launcher on the shared screen either.
    await page.waitForTimeout(500);
    expect(await page.evaluate(launcherIsAt, launcherCentre(page, MEET_BOTTOM_BAR))).toBe(false);
    expect(await runCommand(chromium.sw, 'toggle-overlay', tabId)).toBe(true);
    await expect.poll(() => overlayBox(page)).toBeDefined();
  });

  test('the launcher can be switched off per site in the settings', async () => {
    await writeSettings(chromium.sw, { launcher: { 'google-meet': false } });
    const { page } = await openMeet();
    const launcher = launcherCentre(page, MEET_BOTTOM_BAR);
    await page.waitForTimeout(500);
    await page.mouse.click(launcher.x, launcher.y);
    await page.waitForTimeout(1_000);
    expect(page.frames()).toHaveLength(1);
    // Switched on again, it appears without a reload.
    await writeSettings(chromium.sw, { launcher: {} });
    await clickLauncher(page, MEET_BOTTOM_BAR);
    await panelFrame(page);
  });
});

describe('messages between the panel frame and the extension', () => {
  test('the panel learns its tab and fetches the page context through the background', async () => {
    const { page, tabId } = await openMeet();
    await runCommand(chromium.sw, 'toggle-overlay', tabId);
    const frame = await panelFrame(page);
    const answers = await frame.evaluate(async () => {
      const me = (await chrome.runtime.sendMessage({ type: 'tab:whoami' })) as {
        tabId: number;
        frameId: number;
      };
      const context = await chrome.runtime.sendMessage({ type: 'context:fetch', tabId: me.tabId });
      const none = await chrome.runtime.sendMessage({ type: 'context:fetch', tabId: 999_999 });
      return { me, context, none };
    });
    expect(answers.me.tabId).toBe(tabId);
    expect(answers.me.frameId).toBeGreaterThan(0);
    expect(answers.context).toMatchObject({ site: 'google-meet', label: 'Weekly sales sync' });
    expect(answers.none).toBeNull();
  });
});

describe('capture commands', () => {
  test('go to the panel of the tab, with the kind', async () => {
    const { page, tabId } = await openMeet();
    await runCommand(chromium.sw, 'toggle-overlay', tabId);
    const frame = await panelFrame(page);
    // Stand-in for the panel's own handler, so this checks the routing alone.
    await frame.evaluate(() => {
      const seen: unknown[] = ((window as unknown as { captures: unknown[] }).captures = []);
      chrome.runtime.onMessage.addListener((message: { type?: string }, _sender, respond) => {
        if (message.type !== 'capture') return;
        seen.push(message);
        respond({ ok: true });
      });
    });
    for (const kind of ['top', 'tip', 'question', 'fact', 'intervention']) {
      expect(await runCommand(chromium.sw, `capture-${kind}`, tabId)).toBe(true);
    }
    const captures = await frame.evaluate(
      () => (window as unknown as { captures: { kind: string; tabId: number }[] }).captures,
    );
    expect(captures.map((c) => c.kind)).toEqual(['top', 'tip', 'question', 'fact', 'intervention']);
    expect(captures.every((c) => c.tabId === tabId)).toBe(true);
  });

  test('open the overlay first when the panel is closed', async () => {
    const { page, tabId } = await openMeet();
    const done = runCommand(chromium.sw, 'capture-top', tabId);
    await panelFrame(page);
    expect(await overlayBox(page)).toBeDefined();
    await done;
  });

  test('an unknown command does nothing', async () => {
    const { page, tabId } = await openMeet();
    expect(await runCommand(chromium.sw, 'capture-gossip', tabId)).toBe(false);
    expect(page.frames()).toHaveLength(1);
  });
});

describe('install and update', () => {
  test('the loader is put into open call tabs; a tab that has a live one keeps exactly one', async () => {
    const { page } = await openMeet();
    await clickLauncher(page, MEET_BOTTOM_BAR);
    await panelFrame(page);
    const injected = await chromium.sw.evaluate(() =>
      (
        globalThis as unknown as {
          coachingNotesBackground: { injectIntoOpenTabs(): Promise<number> };
        }
      ).coachingNotesBackground.injectIntoOpenTabs(),
    );
    expect(injected).toBe(1);
    // No second launcher or overlay: the live loader stayed, the injected copy stood down.
    await page.waitForTimeout(500);
    const hosts = await page.evaluate(
      () => [...document.documentElement.children].filter((e) => e.tagName === 'DIV').length,
    );
    expect(hosts).toBe(1);
    expect(page.frames()).toHaveLength(2);
  });
});

describe('extension reload', () => {
  test('the orphaned loader removes its launcher and overlay once the extension context is gone', async () => {
    const { page, tabId } = await openMeet();
    await runCommand(chromium.sw, 'toggle-overlay', tabId);
    await panelFrame(page);
    const hosts = () =>
      page.evaluate(
        () => [...document.documentElement.children].filter((e) => e.tagName === 'DIV').length,
      );
    expect(await hosts()).toBe(1); // the overlay's host (the launcher is taken out while it shows)
    await chromium.sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(hosts, { timeout: 10_000 }).toBe(0);
  });
});
