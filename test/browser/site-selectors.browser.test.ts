/// <reference types="vite/client" />
import { describe, expect, test } from 'vitest';

/**
 * Each adapter keeps its third-party selectors as data (`SELECTORS`) next to the fixture pages
 * they were checked on. Checked on the pages themselves: every group of selectors (meeting
 * title, controls…) finds an element in the adapter's fixture or its controls page, so a group
 * no fixture has, or a fixture that drifted from the adapter, fails here.
 */
const adapters = import.meta.glob<{ SELECTORS?: Record<string, readonly string[]> }>(
  '../../extension-browser/src/content/sites/*.ts',
  { eager: true },
);
const fixtures = import.meta.glob<string>(
  ['../fixtures/sites/*.html', '../fixtures/sites/controls/*.html'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

/** Pages with a site's controls on screen (a call in progress, a docked bar), where one exists. */
const CONTROLS_PAGE: Record<string, string> = {
  'google-meet': 'meet',
  teams: 'teams',
  salesforce: 'salesforce',
};

const nameOf = (path: string) => path.replace(/^.*\/([^/]+)\.\w+$/, '$1');
const sites = Object.keys(adapters)
  .map(nameOf)
  .filter((site) => site !== 'adapter');

describe('site adapter selectors', () => {
  test('every adapter exports its selectors as data and has a fixture page', () => {
    expect(sites.length).toBeGreaterThan(8);
    for (const site of sites) {
      const module = adapters[`../../extension-browser/src/content/sites/${site}.ts`]!;
      expect(module.SELECTORS, site).toBeTypeOf('object');
      expect(fixtures[`../fixtures/sites/${site}.html`], site).toBeTypeOf('string');
    }
  });

  test.each(sites.filter((site) => site !== 'generic'))(
    "each selector group of %s finds an element in the adapter's fixture pages",
    (site) => {
      const { SELECTORS } = adapters[`../../extension-browser/src/content/sites/${site}.ts`]!;
      const pages = [
        fixtures[`../fixtures/sites/${site}.html`]!,
        fixtures[`../fixtures/sites/controls/${CONTROLS_PAGE[site]}.html`] ?? '',
      ].map((html) => new DOMParser().parseFromString(html, 'text/html'));
      const groups = Object.entries(SELECTORS ?? {});
      expect(groups.length, site).toBeGreaterThan(0);
      for (const [group, selectors] of groups) {
        const found = selectors.filter((selector) =>
          pages.some((doc) => doc.querySelector(selector)),
        );
        expect(found, `${site}.${group}`).not.toEqual([]);
      }
    },
  );
});
