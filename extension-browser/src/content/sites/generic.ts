import { base, type SiteAdapter } from './adapter';

/** Any other page (opened through the toolbar button or a shortcut): title and URL. Checked on test/fixtures/sites/generic.html. */
export const SELECTORS = {};

export const generic: SiteAdapter = {
  id: 'generic',
  kind: 'other',
  bottomBar: 0,
  controls: [],
  matches: () => true,
  read(doc, url) {
    const context = base(this, doc, url);
    context.label = doc.title.trim() || url.hostname;
    return context;
  },
};
