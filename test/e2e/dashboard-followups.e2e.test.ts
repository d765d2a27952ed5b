import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDateOnly } from '../../shared/src/model';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './helpers';
import {
  answerRetention,
  downloadText,
  importRecords,
  openDashboard,
} from '../shared/ui-dashboard/e2e-support';
import { seed } from '../shared/ui-dashboard/fixtures';

/** Follow-ups in the built extension: the agenda, its .ics export and the reminder alarm. */
let browser: ChromiumWithExtension;
let page: Page;

beforeAll(async () => {
  browser = await launchChromiumWithExtension();
  page = await openDashboard(browser);
  await answerRetention(page);
  const data = await seed();
  await importRecords(page, await data.store.all());
});
afterAll(() => browser?.cleanup());

describe('follow-ups', () => {
  test('lists upcoming check-ins by cadence and due actions, and exports them as .ics', async () => {
    await page.locator('header nav button[data-view="followups"]').click();
    const table = page.locator('cn-dash-followups table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    // Today (the machine's date) is after 29 October 2026: the check-in after 15 October is overdue.
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
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Check-in: Klantgesprekken (Sanne de Vries)']),
    );
    expect(events).toHaveLength(rows.length);
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
    expect(prefs).toMatchObject({ notifications: false, retentionAsked: true });
  });
});
