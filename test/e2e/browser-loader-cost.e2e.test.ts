import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchChromiumWithExtension,
  readFixture,
  routeFixture,
  type ChromiumWithExtension,
} from './helpers';

/**
 * What the loader costs a call page it only sits on (launcher shown, panel closed): it must follow
 * navigation and the site's controls from events, not read the page on a timer or per key. The
 * loader's page reads are counted inside its own isolated world (CDP reaches that world; the
 * page's scripts do not), where the DOM methods it calls are wrapped with a counter.
 */
const MEET = 'https://meet.google.com/abc-defg-hij';
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension({ viewport: { width: 1280, height: 720 } });
  await routeFixture(
    chromium.ctx,
    'https://meet.google.com/**',
    readFixture('sites/controls/meet.html'),
  );
});

afterAll(async () => {
  await chromium?.cleanup();
});

/** The loader's world in the page's top frame: the isolated world of the extension's origin. */
async function loaderWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await chromium.ctx.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin.includes(chromium.extensionId),
  );
  if (!world) throw new Error('no isolated world of the extension in the page');
  return { cdp, contextId: world.id };
}

/** Wraps the page-reading DOM calls and the frame callbacks of the loader's world with a counter. */
const COUNT_READS = `(() => {
  const counts = (globalThis.__reads = {});
  const wrap = (owner, name) => {
    const original = owner[name];
    owner[name] = function (...args) {
      counts[name] = (counts[name] ?? 0) + 1;
      return original.apply(this, args);
    };
  };
  for (const owner of [Document.prototype, Element.prototype])
    for (const name of ['querySelector', 'querySelectorAll']) wrap(owner, name);
  for (const name of ['getBoundingClientRect', 'getClientRects', 'checkVisibility'])
    wrap(Element.prototype, name);
  wrap(globalThis, 'requestAnimationFrame');
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  Object.defineProperty(Document.prototype, 'title', {
    ...title,
    get() {
      counts.title = (counts.title ?? 0) + 1;
      return title.get.call(this);
    },
  });
})()`;

async function reads(world: {
  cdp: CDPSession;
  contextId: number;
}): Promise<Record<string, number>> {
  const { result } = await world.cdp.send('Runtime.evaluate', {
    contextId: world.contextId,
    expression: 'JSON.stringify(globalThis.__reads)',
    returnByValue: true,
  });
  return JSON.parse(result.value as string) as Record<string, number>;
}

async function resetReads(world: { cdp: CDPSession; contextId: number }): Promise<void> {
  await world.cdp.send('Runtime.evaluate', {
    contextId: world.contextId,
    expression: 'for (const name in globalThis.__reads) delete globalThis.__reads[name]',
  });
}

describe('the loader on a call page with the launcher shown and the panel closed', () => {
  test('reads nothing from the page while it is idle or typed into; a navigation is read again', async () => {
    const page = await chromium.ctx.newPage();
    try {
      await page.goto(MEET);
      // The launcher is shown once the loader has read its settings.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.children.length))
        .toBe(3);
      const world = await loaderWorld(page);
      await world.cdp.send('Runtime.evaluate', {
        contextId: world.contextId,
        expression: COUNT_READS,
      });
      // Past the reads that follow the page load while it may still be drawing.
      await page.waitForTimeout(4_500);
      await resetReads(world);

      await page.waitForTimeout(6_000);
      expect(await reads(world), 'reads while the page is idle').toEqual({});

      await page.focus('textarea');
      await page.keyboard.type('the coach types a chat message in the call page', { delay: 20 });
      await page.waitForTimeout(500);
      expect(await reads(world), 'reads while the page is typed into').toEqual({});

      // The counter would see reads: an SPA navigation makes the loader read the page again.
      await page.evaluate(() => {
        history.pushState({}, '', '/xyz-abcd-efg');
        document.title = 'Meet - xyz-abcd-efg';
      });
      await expect.poll(async () => (await reads(world)).querySelectorAll ?? 0).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
