/** Helpers for the dashboard's end-to-end tests (built extension in Chromium). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { serializeSharedFile } from '../../../shared/src/exchange';
import type { StoredRecord } from '../../../shared/src/model';
import type { ChromiumWithExtension } from '../../e2e/helpers';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export async function openDashboard(browser: ChromiumWithExtension, hash = ''): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard/index.html${hash}`);
  await page.locator('cn-dashboard header nav').waitFor();
  return page;
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
  await page.locator('header nav button[data-view="exchange"]').click();
  await page.locator('input[name="import"]').setInputFiles({
    name: 'seed.coaching.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(serializeSharedFile(records)),
  });
  await page.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await page.getByText(/^Imported \d+ changes\.$/).waitFor();
}

/** Every row of the store's IndexedDB, read straight from the dashboard page. */
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

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(c: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
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
