import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAction, toDateOnly } from '@coaching-notes/shared';
import { at } from '../browser/dashboard/fixtures';
import {
  allowPermissionPrompt,
  launchSeededDashboard,
  showView,
  startXvfb,
  type ChromiumWithExtension,
  type VirtualDisplay,
} from './helpers';

/**
 * Reminders on the due day, headful under Xvfb: only a real window shows Chrome's permission
 * prompt for the optional `notifications` permission, which the test answers with the keyboard.
 */
const DUE_TODAY = 'Bel Globex terug over de offerte';
let display: VirtualDisplay;
let browser: ChromiumWithExtension;
let page: Page;

beforeAll(async () => {
  display = await startXvfb();
  ({ browser, page } = await launchSeededDashboard(
    async (data) => {
      const action = createAction(
        data.sessions[1]!,
        { text: DUE_TODAY, ownerId: data.sanne.id, due: toDateOnly(new Date()) },
        at(new Date().toISOString()),
      );
      await data.store.put(action);
    },
    { headless: false, env: { DISPLAY: display.display } },
  ));
});

afterAll(async () => {
  await browser?.cleanup();
  display?.stop();
});

interface Background {
  coachingNotesBackground: { checkFollowUps(): Promise<{ key: string; title: string }[]> };
}

const granted = () =>
  browser.sw.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }));

/** Turns reminders on; the click asks for the permission, which the prompt then allows. */
async function allowNotifications(): Promise<void> {
  const checkbox = page.locator('cn-dash-followups input[name="notifications"]');
  await allowPermissionPrompt(display, 'Coaching dashboard', granted, async () => {
    if (!(await checkbox.isChecked())) await checkbox.click();
  });
}

describe('follow-up reminders', () => {
  test('turned on with the permission, a due action is announced once on its day', async () => {
    await page.bringToFront();
    await showView(page, 'followups');
    await allowNotifications();
    expect(await granted()).toBe(true);
    await expect
      .poll(() => page.locator('cn-dash-followups input[name="notifications"]').isChecked())
      .toBe(true);
    expect(
      await browser.sw.evaluate(
        async () => (await chrome.storage.local.get('dashboardPrefs'))['dashboardPrefs'],
      ),
    ).toMatchObject({ notifications: true });

    // The hourly alarm's check, run now: what is due today becomes a browser notification.
    const check = () =>
      browser.sw.evaluate(() =>
        (globalThis as unknown as Background).coachingNotesBackground.checkFollowUps(),
      );
    const shown = await check();
    expect(shown.map((item) => item.title)).toEqual([DUE_TODAY]);
    const notifications = await browser.sw.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toEqual([`coaching-notes.followup:${shown[0]!.key}`]);
    // Overdue items were announced on their own day; nothing is announced twice.
    expect(await check()).toEqual([]);
  });
});
