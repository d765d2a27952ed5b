import type { Page, Worker } from 'playwright-core';
import type { Message, PageContext } from '../../../extension-browser/src/messages';

/**
 * The tab id of `page`, found by asking the loader of each tab for its URL (the extension has no
 * `tabs` permission, so `tabs.query` does not show URLs). The loader must be running in the page.
 * When several tabs show the same URL, `page` is brought to the front and the active one of them
 * is taken; a lookup that stays ambiguous throws rather than return another test's tab.
 */
export async function tabIdOf(sw: Worker, page: Page, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const url = page.url();
  for (;;) {
    await page.bringToFront();
    const found = await sw.evaluate(async (wanted) => {
      const matching: number[] = [];
      let active: number | undefined;
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const context = (await chrome.tabs.sendMessage(
            tab.id,
            { type: 'context:get' },
            { frameId: 0 },
          )) as { url?: string };
          if (context?.url !== wanted) continue;
          matching.push(tab.id);
          if (tab.active) active = tab.id;
        } catch {
          // No loader in that tab.
        }
      }
      return { matching, active };
    }, url);
    if (found.matching.length === 1) return found.matching[0]!;
    if (found.matching.length > 1 && found.active !== undefined) return found.active;
    if (Date.now() > deadline) {
      throw new Error(
        found.matching.length > 1
          ? `${found.matching.length} tabs show ${url} and none of them is active`
          : `no loader answered for ${url}`,
      );
    }
    await page.waitForTimeout(200);
  }
}

/** Sends `message` to the loader in the top frame of `tabId` and returns its answer. */
export function sendToLoader<T = unknown>(sw: Worker, tabId: number, message: Message): Promise<T> {
  return sw.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg, { frameId: 0 }), [
    tabId,
    message,
  ] as const) as Promise<T>;
}

/** The page context the loader of `page` reports. */
export async function contextOf(sw: Worker, page: Page, timeoutMs?: number): Promise<PageContext> {
  return sendToLoader<PageContext>(sw, await tabIdOf(sw, page, timeoutMs), { type: 'context:get' });
}

/** Opens the overlay in `page` (as the launcher or the shortcut would) and returns the tab id. */
export async function showOverlay(sw: Worker, page: Page): Promise<number> {
  const tabId = await tabIdOf(sw, page);
  await sendToLoader(sw, tabId, { type: 'overlay:show' });
  return tabId;
}
