import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  OVERLAY,
  launchChromiumWithExtension,
  panelFrame,
  readFixture,
  routeFixture,
  type ChromiumWithExtension,
} from './helpers';

/**
 * The launcher and the overlay keep clear of each site's real controls, found at run time: new
 * Teams with its controls at the top right and the chat's Send button at the bottom right, Meet
 * with its bottom bar and the chat's Send button right above it — at 1280×720 and 1920×1080.
 */
const SITES = [
  { site: 'teams', url: 'https://teams.microsoft.com/v2/?meetingjoin=true', fixture: 'teams' },
  { site: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', fixture: 'meet' },
] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  for (const s of SITES) {
    const origin = new URL(s.url).origin;
    await routeFixture(
      chromium.ctx,
      `${origin}/**`,
      readFixture(`sites/controls/${s.fixture}.html`),
    );
  }
});

afterAll(async () => {
  await chromium?.cleanup();
});

/** The page's controls (marked `data-control` in the fixture) and our boxes on screen. */
function measure(page: Page): Promise<{ controls: Rect[]; ours: Rect[] }> {
  return page.evaluate(() => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    // Our hosts are bare elements right under <html>; their contents sit in closed shadow roots.
    const ours = [...document.documentElement.children]
      .filter((e) => e !== document.head && e !== document.body)
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(plain);
    const controls = [...document.querySelectorAll('[data-control]')].map((e) =>
      plain(e.getBoundingClientRect()),
    );
    return { controls, ours };
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Our boxes that cover a control, as text for the failure message. */
async function covered(page: Page): Promise<string[]> {
  const { controls, ours } = await measure(page);
  return ours.flatMap((box) =>
    controls
      .filter((c) => overlaps(box, c))
      .map((c) => `${JSON.stringify(box)} on ${JSON.stringify(c)}`),
  );
}

describe('overlay and launcher keep clear of the call controls', () => {
  for (const s of SITES) {
    for (const size of SIZES) {
      test(`${s.site} at ${size.width}×${size.height}: launcher and panel cover no control; the launcher hides with the panel`, async () => {
        const page = await chromium.ctx.newPage();
        try {
          await page.setViewportSize(size);
          await page.goto(s.url);
          // The launcher: shown once the loader has read the settings.
          await expect
            .poll(async () => (await measure(page)).ours.length, { timeout: 10_000 })
            .toBe(1);
          await expect.poll(() => covered(page)).toEqual([]);
          const [launcher] = (await measure(page)).ours;
          await page.mouse.click(
            (launcher!.left + launcher!.right) / 2,
            (launcher!.top + launcher!.bottom) / 2,
          );

          // The panel, at its full width, and tall enough to work in.
          await panelFrame(page);
          await expect
            .poll(async () => (await measure(page)).ours.map((r) => r.right - r.left))
            .toEqual([OVERLAY.width]);
          await expect.poll(() => covered(page)).toEqual([]);
          const [panel] = (await measure(page)).ours;
          expect(panel!.bottom - panel!.top).toBeGreaterThanOrEqual(400);

          // Hidden (the coach presents): nothing of ours stays on screen, launcher included.
          await page.mouse.click(
            panel!.right - OVERLAY.padding - OVERLAY.button / 2,
            panel!.top + OVERLAY.bar / 2,
          );
          await expect.poll(async () => (await measure(page)).ours).toEqual([]);
          await page.waitForTimeout(500);
          expect((await measure(page)).ours).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  test('a control that moves by itself (no click, no resize: a transform) is cleared once it moved', async () => {
    const page = await chromium.ctx.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto('https://meet.google.com/abc-defg-hij');
      await expect.poll(async () => (await measure(page)).ours.length, { timeout: 10_000 }).toBe(1);
      await expect.poll(() => covered(page)).toEqual([]);
      const [launcher] = (await measure(page)).ours;
      // The chat panel slides so that its Send button lands right on the launcher.
      await page.evaluate((target) => {
        const send = document.querySelector('button[aria-label="Send a message"]')!;
        const r = send.getBoundingClientRect();
        const dx = (target.left + target.right) / 2 - (r.left + r.right) / 2;
        const dy = (target.top + target.bottom) / 2 - (r.top + r.bottom) / 2;
        (document.querySelector('.chat') as HTMLElement).style.transform =
          `translate(${dx}px, ${dy}px)`;
      }, launcher!);
      await expect.poll(() => covered(page), { timeout: 5_000 }).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
