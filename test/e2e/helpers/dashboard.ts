/** Helpers for the dashboard's end-to-end tests (built extension in Chromium). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serializeSharedFile, type StoredRecord } from '@coaching-notes/shared';
import { seed, shiftToToday, type Seed } from '../../browser/dashboard/fixtures';
import {
  launchChromiumWithExtension,
  type ChromiumWithExtension,
  type LaunchOptions,
} from './chromium';
import { openExtensionPage } from './frames';

export async function openDashboard(browser: ChromiumWithExtension, hash = ''): Promise<Page> {
  const page = await openExtensionPage(
    browser.ctx,
    browser.extensionId,
    `dashboard/index.html${hash}`,
  );
  await page.locator('cn-dashboard header nav').waitFor();
  return page;
}

/** Switch the dashboard to `view` with its navigation button. */
export function showView(page: Page, view: string): Promise<void> {
  return page.locator(`header nav button[data-view="${view}"]`).click();
}

/** Answer the first-run retention question (keep the default) so it does not cover the views. */
export async function answerRetention(page: Page, months = '24'): Promise<void> {
  const form = page.locator('form.first-run');
  await form.locator('select').selectOption(months);
  await form.getByRole('button').click();
  await form.waitFor({ state: 'detached' });
}

/** Import records into the extension's store through the dashboard's shared-file import. */
export async function importRecords(page: Page, records: StoredRecord[]): Promise<void> {
  await showView(page, 'exchange');
  await page.locator('input[name="import"]').setInputFiles({
    name: 'seed.coaching.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(serializeSharedFile(records)),
  });
  await page.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await page.getByText(/^Imported \d+ changes\.$/).waitFor();
}

export interface SeededDashboard {
  browser: ChromiumWithExtension;
  page: Page;
  /** The seed (moved so that its "today" is the real today), as imported. */
  data: Seed;
}

/**
 * The built extension in a fresh Chromium with the dashboard open, the first-run retention
 * question answered, and the dashboard seed imported through the shared file. `extend` may add
 * records to the seed's store before the import; `launch` is passed on (headful, a display).
 */
export async function launchSeededDashboard(
  extend?: (data: Seed) => Promise<void>,
  launch?: LaunchOptions,
): Promise<SeededDashboard> {
  const browser = await launchChromiumWithExtension(launch);
  try {
    const page = await openDashboard(browser);
    await answerRetention(page);
    const data = await seed(undefined, shiftToToday());
    await extend?.(data);
    await importRecords(page, await data.store.all());
    return { browser, page, data };
  } catch (error) {
    await browser.cleanup();
    throw error;
  }
}

/** Every row of the store's IndexedDB, read straight from an extension page. */
export async function storedRows(
  page: Page,
): Promise<{ type: string; id: string; record: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('coaching-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Read a download's text. */
export async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
