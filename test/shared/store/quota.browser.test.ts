import { cdp } from 'vitest/browser';
import { afterEach, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../shared/src/model/schema';
import { StoreQuotaError } from '../../../shared/src/store';
import { openIdbStore } from '../../../shared/src/store/idb';
import { observation, session } from './factory';

/** Chromium's own quota enforcement, shrunk through the DevTools protocol. */
async function limitQuota(quotaSize?: number): Promise<void> {
  const params = quotaSize === undefined ? {} : { quotaSize };
  await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin, ...params });
}

afterEach(() => limitQuota());

it('reports a real QuotaExceededError as StoreQuotaError and stores nothing of the batch', async () => {
  const store = await openIdbStore({ name: `quota-${Date.now()}` });
  const { usage = 0 } = await navigator.storage.estimate();
  await limitQuota(usage + 256 * 1024);

  const s = session([], []);
  // Random text does not compress, so the batch really needs ~4 MB.
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
