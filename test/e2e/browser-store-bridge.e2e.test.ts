import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPerson } from '@coaching-notes/shared';
import {
  launchChromiumWithExtension,
  openExtensionPage,
  panelFrame,
  readFixture,
  routeFixture,
  showOverlay,
  type ChromiumWithExtension,
} from './helpers';

let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  await routeFixture(
    chromium.ctx,
    'https://acme.lightning.force.com/**',
    readFixture('sites/salesforce.html'),
  );
});

afterAll(async () => {
  await chromium?.cleanup();
});

describe('the overlay panel stores through the background', () => {
  test("writes from the overlay frame land in the extension's own IndexedDB", async () => {
    const page = await chromium.ctx.newPage();
    await page.goto('https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZaBAAZ/view');
    await showOverlay(chromium.sw, page);
    const frame = await panelFrame(page);
    // What the browser allows the frame itself depends on its cookie settings; the bridge must not.
    const direct = await frame.evaluate(() => document.hasStorageAccess());
    expect(typeof direct).toBe('boolean');

    const person = createPerson(
      { displayName: 'Bridge check' },
      { actor: 'e2e-actor', now: new Date('2026-01-05T10:00:00Z') },
    );
    const answers = await frame.evaluate(async (record) => {
      const port = chrome.runtime.connect({ name: 'coaching-notes-store' });
      const replies = new Map<number, unknown>();
      const changes: unknown[] = [];
      port.onMessage.addListener((message: { id?: number; change?: unknown }) => {
        if (message.change) changes.push(message.change);
        else if (message.id !== undefined) replies.set(message.id, message);
      });
      const call = (id: number, method: string, args: unknown[]) =>
        new Promise((resolve) => {
          port.postMessage({ id, method, args });
          const wait = () => (replies.has(id) ? resolve(replies.get(id)) : setTimeout(wait, 20));
          wait();
        });
      const ping = await call(1, 'ping', []);
      const put = await call(2, 'put', [record]);
      const got = await call(3, 'get', ['person', record.id]);
      const refused = await Promise.race([
        call(4, 'close', []),
        new Promise((r) => setTimeout(() => r('no answer'), 500)),
      ]);
      port.disconnect();
      return { ping, put, got, refused, changes };
    }, person);
    expect(answers.ping).toEqual({ id: 1, result: true });
    expect(answers.put).toEqual({ id: 2 });
    expect((answers.got as { result: { displayName: string } }).result.displayName).toBe(
      'Bridge check',
    );
    expect(answers.refused).toBe('no answer');
    expect(answers.changes).toEqual([{ records: [person], cause: 'put', remote: false }]);

    // The record is in the extension's own IndexedDB, the one the dashboard and side panel open.
    const dashboardView = await openExtensionPage(
      chromium.ctx,
      chromium.extensionId,
      'popup/index.html',
    );
    const stored = await dashboardView.evaluate(
      (id) =>
        new Promise<string | undefined>((resolve, reject) => {
          const open = indexedDB.open('coaching-notes');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result
              .transaction('records')
              .objectStore('records')
              .get(['person', id]);
            get.onsuccess = () => resolve(get.result?.record?.displayName);
          };
        }),
      person.id,
    );
    expect(stored).toBe('Bridge check');
    await dashboardView.close();
    await page.close();
  });
});
