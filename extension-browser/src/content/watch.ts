import type { PageContext } from '../messages';

const POLL_MS = 1000;

/**
 * Follows SPA navigation. History patches in the page are invisible from the content script's
 * isolated world, so the context is re-read on a cheap poll (only while the tab is visible) and
 * on the navigation events that do reach us; a change is reported once. The same poll notices
 * when the extension context is gone (extension reloaded or removed).
 */
export function watchContext(
  read: () => PageContext,
  onChange: (context: PageContext) => void,
  alive: () => boolean,
  onDead: () => void,
): () => void {
  let last = key(read());
  const check = (): void => {
    // After an extension reload or removal this script is orphaned: stop and clean up.
    if (!alive()) return onDead();
    if (document.hidden) return;
    const context = read();
    const next = key(context);
    if (next === last) return;
    last = next;
    onChange(context);
  };
  const timer = setInterval(check, POLL_MS);
  const events = ['popstate', 'hashchange', 'visibilitychange'] as const;
  for (const name of events) window.addEventListener(name, check);
  return () => {
    clearInterval(timer);
    for (const name of events) window.removeEventListener(name, check);
  };
}

function key(context: PageContext): string {
  return [context.url, context.label, context.recordType ?? '', context.title].join('\n');
}
