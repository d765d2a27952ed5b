import { cdp } from 'vitest/browser';
import { afterEach, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, StoreQuotaError } from '@coaching-notes/shared';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { observation, session } from './factory';

/** Chromium's own quota enforcement, shrunk through the DevTools protocol. */
async function limitQuota(quotaSize?: number): Promise<void> {
  const params = quotaSize === undefined ? {} : { quotaSize };
  await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin, ...params });
  if (quotaSize === undefined) return;
  // The override reaches the storage service asynchronously (and `estimate()` never reports
  // it): probe with small writes until one is refused, so the test starts with it in force.
  for (let i = 0; i < 200; i++) {
    if (await probeRefused()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the quota override never took effect');
}

/** Tries one small IndexedDB write; true when the quota refused it. */
async function probeRefused(): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('quota-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('probe');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    return await new Promise<boolean>((resolve) => {
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put('x'.repeat(64 * 1024), Math.random());
      tx.oncomplete = () => resolve(false);
      tx.onabort = () => resolve(tx.error?.name === 'QuotaExceededError');
    });
  } finally {
    db.close();
  }
}

afterEach(() => limitQuota());

it('reports a real QuotaExceededError as StoreQuotaError and stores nothing of the batch', async () => {
  const store = await openIdbStore({ name: `quota-${Date.now()}` });
  // A quota below anything the origin holds, so no usage figure can leave room for the batch.
  await limitQuota(1024);

  const s = session([], []);
  // Random text does not compress, so the batch really needs ~1 MB.
  const noise = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(MAX_TEXT_LENGTH / 2)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
  const batch = Array.from({ length: 200 }, () => observation(s, { text: noise() }));
  const error = await store.putMany([s, ...batch]).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(StoreQuotaError);
  expect((error as StoreQuotaError).cause).toMatchObject({ name: 'QuotaExceededError' });
  await limitQuota();
  expect(await store.all()).toEqual([]);
  await store.close();
});
