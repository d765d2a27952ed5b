import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { FIXTURES_DIR } from './paths';

/** A fixture page's html, e.g. `readFixture('sites/google-meet.html')`. */
export function readFixture(relativePath: string): string {
  return readFileSync(`${FIXTURES_DIR}/${relativePath}`, 'utf8');
}

/**
 * Serves `html` for every request matching `urlPattern` (e.g. `https://meet.google.com/**`), so
 * the page has the real host name and the manifest's content-script matches apply as in real use.
 * Other requests to that host (favicon, …) get the same page; fixtures load nothing else.
 */
export async function routeFixture(
  ctx: BrowserContext,
  urlPattern: string,
  html: string,
): Promise<void> {
  await ctx.route(urlPattern, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
}
