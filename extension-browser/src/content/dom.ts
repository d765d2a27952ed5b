/** Helpers for the two page-level hosts (overlay, launcher): a bare element with a closed shadow root. */

/** Highest z-index but one: above the site's own UI, and the page can still win a tie only by using the max. */
export const TOP_LAYER = '2147483646';

/**
 * A host element attached to `<html>` (SPA frameworks often replace `<body>` content) holding a
 * closed shadow root. The page sees only an empty element; its contents are not reachable from
 * page scripts, and page styles do not apply inside.
 */
export function createHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  setImportant(host, { all: 'initial', position: 'fixed', 'z-index': TOP_LAYER, display: 'block' });
  return { host, root };
}

/** Inline `!important` declarations, so page rules like `div { display: none !important }` lose. */
export function setImportant(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles))
    element.style.setProperty(name, value, 'important');
}

/** First under `<html>`, so the overlay and the launcher come first in the page's tab order. */
export function attach(host: HTMLElement): void {
  if (!host.isConnected) document.documentElement.prepend(host);
}

/** An element with attributes and children, built without parsing HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function styleElement(css: string): HTMLStyleElement {
  return el('style', {}, css);
}

/** The speech bubble with a check mark (same as the toolbar icon). */
export function iconSvg(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: '0 0 24 24',
    width: '22',
    height: '22',
    'aria-hidden': 'true',
  })) {
    svg.setAttribute(name, value);
  }
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute(
    'd',
    'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3.3 6.6-1.4 1.4 3.6 3.6 7.6-7.6-1.4-1.4-6.2 6.2Z',
  );
  svg.append(path);
  return svg;
}
