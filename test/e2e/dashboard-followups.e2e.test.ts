import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDateOnly } from '@coaching-notes/shared';
import {
  downloadText,
  launchSeededDashboard,
  showView,
  type ChromiumWithExtension,
} from './helpers';
import { shifted, shiftToToday } from '../browser/dashboard/fixtures';

/** Follow-ups in the built extension: the agenda, its .ics export and the reminder alarm. */
let browser: ChromiumWithExtension;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await launchSeededDashboard());
});
afterAll(() => browser?.cleanup());

describe('follow-ups', () => {
  test('lists upcoming check-ins by cadence and due actions, and exports them as .ics', async () => {
    await showView(page, 'followups');
    const table = page.locator('cn-dash-followups table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    // The seed is placed so that today is 22 November 2026 to it: the fortnightly check-in after
    // the session of 15 October is overdue, one action is overdue and one is due in three days.
    expect(
      rows.some(
        (r) => r.includes('Check-in: Klantgesprekken (Sanne de Vries)') && r.includes('overdue'),
      ),
    ).toBe(true);
    expect(rows.some((r) => r.includes('Action due: Oefen het prijsgesprek'))).toBe(true);
    const file = await downloadText(page, () =>
      page.getByRole('button', { name: 'Export to calendar (.ics)' }).click(),
    );
    expect(file.name).toBe(`coaching-follow-ups-${toDateOnly(new Date())}.ics`);
    const events = new ICAL.Component(ICAL.parse(file.text))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    // A calendar of what is coming: the overdue check-in and action stay on screen only.
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      [shifted('2026-11-25', shiftToToday()), 'Action due: Stuur de samenvatting'],
    ]);
  });

  test('the background keeps a reminder alarm, and reminders stay off without the permission', async () => {
    const sw = await browser.serviceWorker();
    const alarm = await sw.evaluate(() => chrome.alarms.get('coaching-notes.followups'));
    expect(alarm).toMatchObject({ name: 'coaching-notes.followups', periodInMinutes: 60 });
    // Without the optional permission (the prompt cannot be answered headless) nothing is shown.
    const granted = await sw.evaluate(() =>
      chrome.permissions.contains({ permissions: ['notifications'] }),
    );
    expect(granted).toBe(false);
    const prefs = await sw.evaluate(
      async () => (await chrome.storage.local.get('dashboardPrefs'))['dashboardPrefs'],
    );
    expect(prefs).toMatchObject({ notifications: false });
    const settings = await sw.evaluate(
      async () => (await chrome.storage.local.get('settings'))['settings'],
    );
    // The retention question answered at first run is kept in the common settings.
    expect(settings).toMatchObject({ firstRunDone: true });
  });
});
