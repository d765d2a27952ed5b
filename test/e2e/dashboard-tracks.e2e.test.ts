import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DASHBOARD_VIEWS } from '../../extension-browser/src/dashboard/views';
import {
  axeViolations,
  launchSeededDashboard,
  showView,
  storedRows,
  type ChromiumWithExtension,
} from './helpers';

/**
 * The dashboard in the built extension: people and tracks, history, search, the actions
 * board, goal progress and settings — on data imported through the shared file.
 */
let browser: ChromiumWithExtension;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await launchSeededDashboard());
});
afterAll(() => browser?.cleanup());

const show = (view: string) => showView(page, view);

describe('dashboard in Chromium', () => {
  test('people and tracks: progress at a glance, edit a track, create a person and a track', async () => {
    await show('people');
    await page.getByRole('button', { name: 'Sanne de Vries' }).click();
    await expect
      .poll(() => page.locator('.progress').first().textContent())
      .toContain('2 of ~8 conversations');
    await expect
      .poll(() => page.locator('.check-in').first().textContent())
      .toContain('Check-in overdue since');

    await page.getByRole('button', { name: 'Edit “Klantgesprekken”' }).click();
    const form = page.locator('cn-dash-track-form');
    await form.locator('input[name="planned"]').fill('10');
    await form.locator('select[name="status"]').selectOption('follow-up');
    await form.locator('input[name="goal-criterion-1"]').fill('Vraagt twee keer door');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.progress').first().textContent())
      .toContain('2 of ~10 conversations');
    const rows = await storedRows(page);
    const track = rows.find((r) => r.type === 'track')!.record;
    expect(track).toMatchObject({ plannedConversations: 10, status: 'follow-up' });
    expect(
      rows.some(
        (r) => r.type === 'goal' && r.record['successCriterion'] === 'Vraagt twee keer door',
      ),
    ).toBe(true);

    await page.getByRole('button', { name: 'New person' }).click();
    await page.locator('input[name="displayName"]').fill('Noor Jansen');
    await page.locator('input[name="role"]').fill('teamleider');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Noor Jansen' }).waitFor();
    await page.getByRole('button', { name: 'New track' }).click();
    await form.locator('input[name="title"]').fill('Teamoverleg leiden');
    await form.locator('select[name="kind"]').selectOption('mentoring');
    await form.locator('input[name="endDate"]').fill('2027-06-30');
    await form.locator('input[name="goal-statement-0"]').fill('Houdt de tijd in de gaten');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Teamoverleg leiden' }).waitFor();
    await expect.poll(() => page.locator('article').first().textContent()).toContain('Mentoring');
  });

  test('history per person and per track, with notes, debrief and actions', async () => {
    await show('people');
    await page.getByRole('button', { name: 'Sanne de Vries' }).click();
    await page.getByRole('button', { name: 'History of “Klantgesprekken”' }).click();
    await page.getByText('2 sessions').waitFor();
    await page.locator('summary', { hasText: 'Gesprek met Acme' }).click();
    const details = page.locator('details', { hasText: 'Gesprek met Acme' });
    await details.getByText('Prijsbezwaar te snel weggewuifd').waitFor();
    await details.getByText('De opening was sterk').waitFor();
    await details.getByText('Oefen het prijsgesprek').waitFor();
    expect(await details.textContent()).toContain('What went well?');
  });

  test('full-text search over all sessions', async () => {
    await show('search');
    await page.locator('input[type="search"]').fill('reëel budg');
    await page.getByRole('heading', { name: /Gesprek met Acme/ }).waitFor();
    expect(await page.locator('li.hit').first().textContent()).toContain(
      'Klant vroeg naar een reëel budget',
    );
    await page.locator('input[type="search"]').fill('samenvatting');
    await page.getByRole('heading', { name: /Verlenging Globex/ }).waitFor();
    expect(await page.locator('article.card').count()).toBe(1);
  });

  test('actions board: overdue, carried forward, marked done', async () => {
    await show('actions');
    const overdue = page.locator('section', { has: page.locator('#col-overdue') });
    await overdue.getByText('Oefen het prijsgesprek', { exact: true }).waitFor();
    expect(await overdue.textContent()).toContain('carried forward 1×');
    await overdue
      .locator('li', { hasText: 'Oefen het prijsgesprek' })
      .getByRole('button', { name: /^Done/ })
      .click();
    await page
      .locator('section', { has: page.locator('#col-done') })
      .getByText('Oefen het prijsgesprek', { exact: true })
      .waitFor();
    const rows = await storedRows(page);
    expect(rows.find((r) => r.record['text'] === 'Oefen het prijsgesprek')?.record['status']).toBe(
      'done',
    );
  });

  test('goal progress over time as an SVG chart with a table', async () => {
    await show('progress');
    await page.locator('select[name="track"]').selectOption({ label: 'Klantgesprekken' });
    const figure = page.locator('figure', { hasText: 'Opent met een heldere agenda' });
    await figure.locator('svg[role="img"]').waitFor();
    // The coach's own dashboard counts every note of theirs, private ones too (the seed's are).
    expect((await figure.locator('desc').textContent())?.trim()).toBe(
      '2 sessions, 2 tops and 0 tips in total.',
    );
    await figure.getByText('Show as a table').click();
    expect(await figure.locator('tbody tr').count()).toBe(2);
  });

  test('no axe violations in any view, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of DASHBOARD_VIEWS) {
        await show(view);
        await page.waitForTimeout(300);
        expect([scheme, view, await axeViolations(page)]).toEqual([scheme, view, []]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('settings: language, launcher per site, surface and the shortcut page', async () => {
    await show('settings');
    await page.locator('input[name="launcher-zoom"]').uncheck();
    await page.getByText('Saved.').waitFor();
    await page.getByLabel('In the browser’s side panel').check();
    const opened = browser.ctx.waitForEvent('page');
    await page.getByRole('button', { name: 'Open shortcut settings' }).click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
    await page.locator('select[name="language"]').selectOption('nl');
    await page
      .locator('header nav button[data-view="people"]', { hasText: 'Mensen en trajecten' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    const sw = await browser.serviceWorker();
    const stored = await sw.evaluate(
      async () => (await chrome.storage.local.get('settings'))['settings'],
    );
    expect(stored).toMatchObject({ locale: 'nl', surface: 'sidepanel', launcher: { zoom: false } });
    // Follow the browser again (headless Chromium speaks English).
    await page.locator('select[name="language"]').selectOption('browser');
    await page
      .locator('header nav button[data-view="people"]', { hasText: 'People and tracks' })
      .waitFor();
  });
});
