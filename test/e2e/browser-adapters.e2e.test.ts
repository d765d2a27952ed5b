import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageContext } from '../../extension-browser/src/messages';
import {
  contextOf,
  launchChromiumWithExtension,
  readFixture,
  routeFixture,
  type ChromiumWithExtension,
} from './helpers';
import { OTHER_ADDRESSES, SITE_CASES, type SiteCase } from './helpers/site-cases';

let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension();
  for (const c of SITE_CASES)
    await routeFixture(chromium.ctx, c.route, readFixture(`sites/${c.site}.html`));
  for (const address of OTHER_ADDRESSES)
    await routeFixture(chromium.ctx, address.route, readFixture(`sites/${address.case.site}.html`));
  // Collect the loader's `context:changed` announcements in the service worker.
  await chromium.sw.evaluate(() => {
    const scope = globalThis as unknown as { announced: PageContext[] };
    scope.announced = [];
    chrome.runtime.onMessage.addListener((message: { type?: string; context?: PageContext }) => {
      if (message.type === 'context:changed' && message.context)
        scope.announced.push(message.context);
    });
  });
});

afterAll(async () => {
  await chromium?.cleanup();
});

function expectContext(
  context: PageContext,
  c: SiteCase,
  phase: 'before' | 'after',
  path = c[phase].path,
): void {
  const want = c[phase];
  expect(context.site).toBe(c.site);
  expect(context.kind).toBe(want.kind);
  expect(context.label).toBe(want.label);
  expect(context.recordType).toBe(want.recordType);
  expect(context.meetingCode).toBe(want.meetingCode);
  expect(new URL(context.url).pathname).toBe(path);
}

describe('site adapters on fixture pages under the real host names', () => {
  for (const c of SITE_CASES.filter((s) => !s.activeTabOnly)) {
    test(`${c.site}: reads the context and follows SPA navigation`, async () => {
      const page = await chromium.ctx.newPage();
      try {
        await page.goto(c.url);
        expectContext(await contextOf(chromium.sw, page), c, 'before');

        await page.click('#navigate');
        await expect
          .poll(async () => (await contextOf(chromium.sw, page)).label, { timeout: 5_000 })
          .toBe(c.after.label);
        expectContext(await contextOf(chromium.sw, page), c, 'after');
        // The loader announced the change by itself (panels listen for it).
        await expect
          .poll(
            () =>
              chromium.sw.evaluate(
                (label) =>
                  (globalThis as unknown as { announced: PageContext[] }).announced.some(
                    (x) => x.label === label,
                  ),
                c.after.label,
              ),
            { timeout: 5_000 },
          )
          .toBe(true);
      } finally {
        await page.close();
      }
    });
  }

  for (const address of OTHER_ADDRESSES.filter((a) => !a.optional)) {
    test(`${address.case.site} at ${new URL(address.url).host}${new URL(address.url).pathname}: reads the context`, async () => {
      const page = await chromium.ctx.newPage();
      try {
        await page.goto(address.url);
        expectContext(await contextOf(chromium.sw, page), address.case, 'before', address.path);
      } finally {
        await page.close();
      }
    });
  }

  test('government and sovereign clouds get no loader until the user allows them', async () => {
    const page = await chromium.ctx.newPage();
    try {
      for (const address of OTHER_ADDRESSES.filter((a) => a.optional)) {
        await page.goto(address.url);
        await expect(contextOf(chromium.sw, page, 1_500), address.url).rejects.toThrow();
      }
    } finally {
      await page.close();
    }
  });

  test('pages outside the supported hosts get no loader without a user gesture', async () => {
    const generic = SITE_CASES.find((c) => c.activeTabOnly)!;
    const page = await chromium.ctx.newPage();
    try {
      await page.goto(generic.url);
      await expect(
        contextOf(chromium.sw, page, 2_000),
        'declared matches must not include this host',
      ).rejects.toThrow();
    } finally {
      await page.close();
    }
  });
});
