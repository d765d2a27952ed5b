import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  contextOf,
  launchChromiumWithExtension,
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
});
