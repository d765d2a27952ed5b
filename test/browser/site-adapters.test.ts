import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SITES } from '../../extension-browser/src/common/sites';
import { ADAPTERS, adapterFor, siteKey } from '../../extension-browser/src/content/registry';
import { OPTIONAL_MATCHES, SUPPORTED_MATCHES } from '../../extension-browser/src/manifest';
import { OTHER_ADDRESSES, SITE_CASES } from '../e2e/helpers/site-cases';
import { EXTENSION_DIR, FIXTURES_DIR, REPO_ROOT } from '../e2e/helpers/paths';

const SITES_DIR = `${EXTENSION_DIR}/src/content/sites`;
const adapterFiles = readdirSync(SITES_DIR)
  .filter((name) => name.endsWith('.ts') && name !== 'adapter.ts')
  .map((name) => name.replace(/\.ts$/, ''));

/** A URL that a manifest match pattern (`https://*.host/path*`) covers, for the host part. */
function matches(pattern: string, url: URL): boolean {
  const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const hostOk = host!.startsWith('*.')
    ? url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1))
    : url.hostname === host;
  return url.protocol === 'https:' && hostOk && url.pathname.startsWith(path!.replace(/\*$/, ''));
}

describe('site adapter conventions', () => {
  test('one adapter file per site, each registered once under its file name', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...adapterFiles].sort());
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    expect(ADAPTERS.at(-1)!.id).toBe('generic');
  });

  test('the settings list of sites (SITES) and the registered adapters are the same sites, in order', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual([...SITES.map((site) => site.id), 'generic']);
  });

  test('each adapter keeps its selectors as data and names the fixture they were checked on', () => {
    for (const site of adapterFiles) {
      const source = readFileSync(`${SITES_DIR}/${site}.ts`, 'utf8');
      expect(source, site).toMatch(/export const SELECTORS\b/);
      expect(source, site).toContain(`test/fixtures/sites/${site}.html`);
    }
  });

  test('each adapter has a fixture page and an end-to-end case', () => {
    for (const site of adapterFiles) {
      expect(existsSync(`${FIXTURES_DIR}/sites/${site}.html`), site).toBe(true);
      expect(
        SITE_CASES.filter((c) => c.site === site),
        site,
      ).toHaveLength(1);
    }
    const e2e = readFileSync(`${REPO_ROOT}test/e2e/browser-adapters.e2e.test.ts`, 'utf8');
    expect(e2e).toContain('SITE_CASES');
  });

  test("each case's URL picks its adapter, and the manifest covers exactly the declared ones", () => {
    for (const c of SITE_CASES) {
      const url = new URL(c.url);
      expect(adapterFor(url).id, c.url).toBe(c.site);
      expect(
        SUPPORTED_MATCHES.some((pattern) => matches(pattern, url)),
        c.url,
      ).toBe(!c.activeTabOnly);
    }
  });

  test('other addresses of a site (regions, join paths, government clouds) pick its adapter; optional hosts are optional in the manifest', () => {
    expect(OTHER_ADDRESSES.length).toBeGreaterThan(0);
    for (const address of OTHER_ADDRESSES) {
      const url = new URL(address.url);
      expect(adapterFor(url).id, address.url).toBe(address.case.site);
      const declared = SUPPORTED_MATCHES.some((pattern) => matches(pattern, url));
      const optional = OPTIONAL_MATCHES.some((pattern) => matches(pattern, url));
      expect([declared, optional], address.url).toEqual([!address.optional, !!address.optional]);
    }
    // Any HubSpot data centre, also one the manifest does not list (reached through activeTab).
    expect(adapterFor(new URL('https://app-na9.hubspot.com/contacts/1/record/0-1/2')).id).toBe(
      'hubspot',
    );
  });

  test('adapters reject look-alike hosts', () => {
    for (const url of [
      'https://meet.google.com.evil.test/abc-defg-hij',
      'https://evil-zoom.us/wc/81234567890/join',
      'https://lightning.force.com.evil.test/lightning/r/Account/0015g00000XyZaBAAZ/view',
      'https://notpipedrive.com/deal/1',
      'https://app.hubspot.com.evil.test/contacts/1/record/0-1/2',
      'https://www.hubspot.com/pricing',
      'https://teams.microsoft.us.evil.test/v2/',
      'https://crm.microsoftdynamics.de.evil.test/main.aspx',
    ]) {
      expect(adapterFor(new URL(url)).id, url).toBe('generic');
    }
    expect(adapterFor(new URL('https://app.zoom.us/profile')).id).toBe('generic');
  });

  test('overlay places are kept per site, and per host for other pages', () => {
    const meet = new URL('https://meet.google.com/abc-defg-hij');
    const other = new URL('https://intranet.example.org/x');
    expect(siteKey(adapterFor(meet), meet)).toBe('google-meet');
    expect(siteKey(adapterFor(other), other)).toBe('generic:intranet.example.org');
  });
});
