import type { PageContext } from '../messages';

/**
 * After a navigation or a title change the context is read again at these delays (ms): single-page
 * apps change the URL first and draw the new page after it (a record's name often arrives from the
 * server later still).
 */
const SETTLE_MS = [0, 500, 1500, 4000] as const;
/** Only where the browser has no Navigation API: how often the address is compared. */
const FALLBACK_POLL_MS = 1000;

export interface ContextWatch {
  /** Reads the context now and reports it if it changed (a label that changed in place). */
  check(): void;
  stop(): void;
}

/**
 * Follows SPA navigation without polling: the Navigation API's `currententrychange` (which, unlike
 * `popstate`, also sees the page's own `history.pushState` from the content script's isolated
 * world), a MutationObserver on `<title>`, and `visibilitychange`. A change is reported once. Only
 * a browser without the Navigation API gets a slow comparison of the address. Nothing runs while
 * the document is hidden; it catches up when shown again.
 */
export function watchContext(
  read: () => PageContext,
  onChange: (context: PageContext) => void,
): ContextWatch {
  let last = key(read());
  let settle: ReturnType<typeof setTimeout>[] = [];
  let stopped = false;

  const check = (): void => {
    if (stopped || document.hidden) return;
    const context = read();
    const next = key(context);
    if (next === last) return;
    last = next;
    onChange(context);
  };
  let soon: ReturnType<typeof setTimeout> | undefined;
  /**
   * A new address, or the tab shown again (what changed while hidden was not read): read now
   * (after the page's own handler) and again as the page settles.
   */
  const navigated = (): void => {
    for (const timer of settle) clearTimeout(timer);
    if (stopped || document.hidden) return;
    settle = SETTLE_MS.map((ms) => setTimeout(check, ms));
  };
  /**
   * A new title: read once, leaving the settling reads of a navigation
   * in place. Not settling reads of its own: some apps tick their title (unread counts, a call's
   * timer), and the page would pay for four reads each time.
   */
  const retitled = (): void => {
    clearTimeout(soon);
    if (stopped || document.hidden) return;
    soon = setTimeout(check, 0);
  };

  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  type Listening = [target: EventTarget, name: string, listener: () => void];
  const events: Listening[] = [[document, 'visibilitychange', navigated]];
  if (navigation) events.push([navigation, 'currententrychange', navigated]);
  else events.push([window, 'popstate', navigated], [window, 'hashchange', navigated]);
  for (const [target, name, listener] of events) target.addEventListener(name, listener);

  // History patches made by the page are invisible from the isolated world without the
  // Navigation API: there the address is compared on a slow poll (the title has its observer).
  let address = location.href;
  const fallback = navigation
    ? undefined
    : setInterval(() => {
        if (document.hidden || location.href === address) return;
        address = location.href;
        navigated();
      }, FALLBACK_POLL_MS);

  const title = watchTitle(retitled);
  // The page may still be drawing what the first read missed.
  navigated();
  return {
    check,
    stop() {
      stopped = true;
      for (const timer of settle) clearTimeout(timer);
      clearTimeout(soon);
      clearInterval(fallback);
      title.disconnect();
      for (const [target, name, listener] of events) target.removeEventListener(name, listener);
    },
  };
}

/**
 * Calls `onChange` when the document's title changes: its `<title>` element's text, or the element
 * itself (added, replaced). Observes the head's children only, not the whole tree: a call page's
 * DOM changes many times a second, and each change would cost the page work.
 */
function watchTitle(onChange: () => void): { disconnect(): void } {
  const head = document.head ?? document.documentElement;
  let element: Element | null = null;
  const text = new MutationObserver(onChange);
  const follow = (): void => {
    const next = document.querySelector('title');
    if (next === element) return;
    text.disconnect();
    element = next;
    if (element) text.observe(element, { childList: true, characterData: true, subtree: true });
  };
  const children = new MutationObserver(() => {
    const before = element;
    follow();
    if (element !== before) onChange();
  });
  children.observe(head, { childList: true });
  follow();
  return {
    disconnect() {
      children.disconnect();
      text.disconnect();
    },
  };
}

function key(context: PageContext): string {
  return [context.url, context.label, context.recordType ?? '', context.title].join('\n');
}
