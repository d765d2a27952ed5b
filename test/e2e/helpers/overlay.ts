import type { Page, Worker } from 'playwright-core';
import type { Settings } from '../../../extension-browser/src/common/settings';

/** Geometry of the overlay as built by `extension-browser/src/content/overlay.ts`. */
export const OVERLAY = {
  width: 380,
  bar: 32,
  button: 26,
  padding: 4,
  gap: 4,
  launcher: 44,
  margin: 16,
};

/** Centre of the launcher in a `viewport` for a site whose bottom bar is `bottomBar` px high. */
export function launcherPoint(
  viewport: { width: number; height: number },
  bottomBar: number,
): { x: number; y: number } {
  const half = OVERLAY.launcher / 2;
  return {
    x: viewport.width - OVERLAY.margin - half,
    y: viewport.height - (bottomBar + OVERLAY.margin) - half,
  };
}

/** Centre of the launcher on `page` for a site whose bottom bar is `bottomBar` px high. */
export function launcherCentre(page: Page, bottomBar: number): { x: number; y: number } {
  return launcherPoint(page.viewportSize()!, bottomBar);
}

/**
 * Runs in the page (Playwright or Puppeteer): whether the launcher is what a click at `point`
 * hits. Its host is a bare element right under <html> (not <body>); its closed shadow root
 * hides the rest.
 */
export function launcherIsAt(point: { x: number; y: number }): boolean {
  const hit = document.elementFromPoint(point.x, point.y);
  return hit !== document.body && hit?.parentElement === document.documentElement;
}

/**
 * Clicks the launcher once it is on screen. The loader shows it only after reading the settings
 * (it can be switched off per site), so a click right after a navigation could miss it.
 */
export async function clickLauncher(
  page: Page,
  bottomBar: number,
  timeoutMs = 10_000,
): Promise<{ x: number; y: number }> {
  const centre = launcherCentre(page, bottomBar);
  await page.waitForFunction(launcherIsAt, centre, { timeout: timeoutMs, polling: 50 });
  await page.mouse.click(centre.x, centre.y);
  return centre;
}

/** The overlay's box (handle bar included) from the panel iframe's box; undefined when hidden. */
export async function overlayBox(
  page: Page,
): Promise<{ left: number; top: number; right: number } | undefined> {
  const frame = page.frames().find((f) => f.url().includes('mode=overlay'));
  if (!frame) return undefined;
  const box = await (await frame.frameElement()).boundingBox();
  if (!box || box.width === 0) return undefined;
  return { left: box.x, top: box.y - OVERLAY.bar, right: box.x + box.width };
}

/** Centres of the handle bar's controls, for a box from `overlayBox`. */
export function barControls(box: { left: number; top: number; right: number }) {
  const y = box.top + OVERLAY.bar / 2;
  const hideX = box.right - OVERLAY.padding - OVERLAY.button / 2;
  return {
    grip: { x: box.left + 60, y },
    hide: { x: hideX, y },
    collapse: { x: hideX - OVERLAY.button - OVERLAY.gap, y },
  };
}

export async function readSettings(sw: Worker): Promise<Settings | undefined> {
  return sw.evaluate(
    async () => (await chrome.storage.local.get('settings'))['settings'] as Settings | undefined,
  );
}

export async function writeSettings(sw: Worker, patch: Partial<Settings>): Promise<void> {
  await sw.evaluate(async (change) => {
    const current = ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Record<
      string,
      unknown
    >;
    await chrome.storage.local.set({ settings: { version: 1, ...current, ...change } });
  }, patch);
}

/** Runs a browser command in the service worker as a shortcut would (headless fires none). */
export function runCommand(sw: Worker, command: string, tabId: number): Promise<boolean> {
  return sw.evaluate(
    ([name, id]) =>
      (
        globalThis as unknown as {
          coachingNotesBackground: {
            handleCommand(c: string, t: { id: number }): Promise<boolean>;
          };
        }
      ).coachingNotesBackground.handleCommand(name, { id }),
    [command, tabId] as const,
  );
}
