import type { PageContext } from '../messages';

const POLL_MS = 1000;
/**
 * The DOM is read only when the URL or the title changed, and on every this-many-th poll for a
 * label that changed in place. Reading the DOM of a busy call page once a second (queries, text,
 * a style check) each second is work the page pays for while the coach types, for nothing.
 */
const FULL_READ_EVERY = 5;

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
  let address = addressKey();
  let polls = 0;
  const check = (force: boolean): void => {
    // After an extension reload or removal this script is orphaned: stop and clean up.
    if (!alive()) return onDead();
    if (document.hidden) return;
    const nextAddress = addressKey();
    const due = ++polls % FULL_READ_EVERY === 0;
    if (!force && !due && nextAddress === address) return;
    address = nextAddress;
    const context = read();
    const next = key(context);
    if (next === last) return;
    last = next;
    onChange(context);
  };
  const poll = (): void => check(false);
  const now = (): void => check(true);
  const timer = setInterval(poll, POLL_MS);
  const events = ['popstate', 'hashchange', 'visibilitychange'] as const;
  for (const name of events) window.addEventListener(name, now);
  return () => {
    clearInterval(timer);
    for (const name of events) window.removeEventListener(name, now);
  };
}

/** What changes on an SPA navigation, read without touching the DOM tree. */
function addressKey(): string {
  return location.href + '\n' + document.title;
}

function key(context: PageContext): string {
  return [context.url, context.label, context.recordType ?? '', context.title].join('\n');
}
