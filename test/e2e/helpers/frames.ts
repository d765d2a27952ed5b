import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * The panel iframe inside the overlay, once its panel is mounted. The closed shadow root hides
 * it from locators, but Playwright still lists it among the page's frames.
 */
export async function panelFrame(
  page: Page,
  timeoutMs = 15_000,
  accept: (url: URL) => boolean = (url) => url.searchParams.get('mode') === 'overlay',
): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page
      .frames()
      .find(
        (f) =>
          f !== page.mainFrame() &&
          /^(chrome|moz)-extension:\/\//.test(f.url()) &&
          accept(new URL(f.url())),
      );
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      // The panel mounts once the background accepted its loader's grant; before that the
      // background answers it nothing, so a test must not call the extension from it earlier.
      await frame.waitForSelector('cn-observation-panel', {
        state: 'attached',
        timeout: Math.max(1000, deadline - Date.now()),
      });
      return frame;
    }
    if (Date.now() > deadline) {
      const seen = page
        .frames()
        .map((f) => f.url())
        .join(', ');
      throw new Error(
        `no extension frame in ${page.url()} after ${timeoutMs} ms (frames: ${seen})`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/** Opens an extension page (`dashboard/index.html`, `popup/index.html`, …) in a new tab. */
export async function openExtensionPage(
  ctx: BrowserContext,
  extensionId: string,
  path: string,
): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
  return page;
}
