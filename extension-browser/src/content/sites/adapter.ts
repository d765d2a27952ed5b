import type { PageContext } from '../../messages';

/**
 * One site: how to recognise its pages and read the context from them. Selectors are data kept
 * beside each adapter (with the fixture they were checked on) so a site redesign is a data fix.
 */
export interface SiteAdapter {
  id: string;
  kind: PageContext['kind'];
  /** True for a page of this site (host and, where needed, path). */
  matches(url: URL): boolean;
  /** Reads the context; called again after each navigation or title change, so it must be cheap (a few queries). */
  read(doc: Document, url: URL): PageContext;
  /** Height in px of the site's bottom control bar: the launcher's and overlay's default place is above it. */
  bottomBar: number;
  /**
   * The site's own controls (control bars, a chat's Send button) that the overlay and launcher
   * must never cover, wherever the site puts them; measured at run time (`clearance.ts`).
   */
  controls: readonly string[];
}

/**
 * Whether the user can see `element`. Single-page apps keep earlier pages in the DOM, hidden
 * (Salesforce Lightning keeps every visited record page, `display: none` or in an inactive
 * workspace tab), so the first match of a selector is often a page the user left.
 */
export function isShown(element: Element): boolean {
  if (element.closest('[aria-hidden="true"], [hidden], [inert]')) return false;
  // `checkVisibility` (Chromium 105+, Firefox 106+) also sees `visibility: hidden` ancestors.
  if (typeof element.checkVisibility === 'function')
    return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0;
}

/** Text of the first visible element matching any selector (of several; one is taken as it is), trimmed, or ''. */
export function firstText(doc: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const found = doc.querySelectorAll(selector);
    for (const element of found) {
      // The visibility check costs the page a style update: only when there is a choice.
      if (found.length > 1 && !isShown(element)) continue;
      const text = element.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return '';
}

/** The page title without the site's own suffix (`Acme | Salesforce` → `Acme`). */
export function titleWithout(doc: Document, suffix: RegExp): string {
  return doc.title.replace(suffix, '').trim();
}

export function capitalise(word: string): string {
  return word ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** `Opportunity: Acme renewal`, or just the type when the name is not shown (yet). */
export function recordLabel(recordType: string | undefined, name: string): string {
  if (!recordType) return name;
  return name ? `${capitalise(recordType)}: ${name}` : capitalise(recordType);
}

export function base(
  adapter: Pick<SiteAdapter, 'id' | 'kind'>,
  doc: Document,
  url: URL,
): PageContext {
  return { site: adapter.id, kind: adapter.kind, label: '', url: url.href, title: doc.title };
}

/**
 * A CRM page's context: on a record page (its type known) the label is `Type: name` and both
 * are kept; on any other page of the CRM, the page title without the site's own suffix.
 */
export function crmContext(
  adapter: Pick<SiteAdapter, 'id' | 'kind'>,
  doc: Document,
  url: URL,
  record: { type: string | undefined; name: string },
  titleSuffix: RegExp,
): PageContext {
  const context = base(adapter, doc, url);
  context.label = record.type
    ? recordLabel(record.type, record.name)
    : titleWithout(doc, titleSuffix);
  if (record.type) context.recordType = record.type;
  if (record.name) context.recordName = record.name;
  return context;
}
