import type { BrowserContext, Request } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  /** `page`, `frame` (an iframe, e.g. the panel) or `service-worker`. */
  from: 'page' | 'frame' | 'service-worker';
  /** URL of the page / frame / worker that made it. */
  initiator: string;
}

function describe(request: Request): RecordedRequest {
  const worker = request.serviceWorker();
  if (worker) return { url: request.url(), from: 'service-worker', initiator: worker.url() };
  let frameUrl = '';
  let isMain = true;
  try {
    const frame = request.frame();
    frameUrl = frame.url();
    isMain = frame.parentFrame() === null;
  } catch {
    // Requests without a frame (e.g. from a worker the page started) keep empty initiators.
  }
  return { url: request.url(), from: isMain ? 'page' : 'frame', initiator: frameUrl };
}

/**
 * Records every request of every page, frame (incl. the overlay's panel iframe) and the
 * extension's service worker in `ctx`. Playwright reports service-worker requests by default.
 */
export function recordRequests(ctx: BrowserContext): {
  requests: RecordedRequest[];
  /** Requests whose URL is neither an extension URL nor on one of `allowedHosts`. */
  disallowed(allowedHosts: readonly string[]): RecordedRequest[];
  stop(): void;
} {
  const requests: RecordedRequest[] = [];
  const onRequest = (request: Request): void => {
    requests.push(describe(request));
  };
  ctx.on('request', onRequest);
  return {
    requests,
    disallowed(allowedHosts) {
      return requests.filter((r) => {
        const url = new URL(r.url);
        if (
          url.protocol === 'chrome-extension:' ||
          url.protocol === 'data:' ||
          url.protocol === 'blob:'
        )
          return false;
        return !allowedHosts.includes(url.hostname);
      });
    },
    stop: () => ctx.off('request', onRequest),
  };
}
