import { describe, expect, test } from 'vitest';
import {
  COMMAND_IDS,
  GECKO_ID,
  MANIFEST_MESSAGES,
  OPTIONAL_MATCHES,
  SUPPORTED_MATCHES,
  buildManifest,
  type Manifest,
} from '../../extension-browser/src/manifest';

const ALL_PAGES = { panel: true, popup: true, dashboard: true };
const chrome = buildManifest('chrome', '1.2.3', ALL_PAGES);
const firefox = buildManifest('firefox', '1.2.3', ALL_PAGES);

function permissionsOf(manifest: Manifest): string[] {
  return [
    ...(manifest['permissions'] as string[]),
    ...(manifest['optional_permissions'] as string[]),
    ...(manifest['host_permissions'] as string[]),
  ];
}

describe('manifests built from one source', () => {
  test('never ask for all URLs, and hosts only for the supported call and CRM sites', () => {
    for (const manifest of [chrome, firefox]) {
      const all = JSON.stringify(manifest);
      expect(all).not.toContain('<all_urls>');
      expect(all).not.toContain('*://*/*');
      expect(manifest['host_permissions']).toEqual(SUPPORTED_MATCHES);
      const scripts = manifest['content_scripts'] as { matches: string[] }[];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.matches).toEqual(SUPPORTED_MATCHES);
      for (const pattern of SUPPORTED_MATCHES)
        expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/(wc\/)?\*$/);
    }
    for (const host of [
      'meet.google.com',
      'teams.microsoft.com',
      'teams.live.com',
      'zoom.us/wc',
      'meet.jit.si',
      '8x8.vc',
      'lightning.force.com',
      'app.hubspot.com',
      'crm4.dynamics.com',
      'pipedrive.com',
    ]) {
      expect(
        SUPPORTED_MATCHES.some((m) => m.includes(host)),
        host,
      ).toBe(true);
    }
  });

  test('government and sovereign clouds are optional hosts, never declared for the loader', () => {
    for (const manifest of [chrome, firefox]) {
      expect(manifest['optional_host_permissions']).toEqual(OPTIONAL_MATCHES);
      const scripts = manifest['content_scripts'] as { matches: string[] }[];
      for (const pattern of OPTIONAL_MATCHES) {
        expect(manifest['host_permissions']).not.toContain(pattern);
        expect(scripts[0]!.matches).not.toContain(pattern);
      }
    }
  });

  test('reach other pages only through activeTab + scripting; notifications are optional', () => {
    expect(chrome['permissions']).toEqual([
      'storage',
      'activeTab',
      'scripting',
      'alarms',
      'sidePanel',
    ]);
    expect(firefox['permissions']).toEqual(['storage', 'activeTab', 'scripting', 'alarms']);
    expect(chrome['optional_permissions']).toEqual(['notifications']);
    for (const manifest of [chrome, firefox]) {
      expect(permissionsOf(manifest)).not.toContain('tabs');
      expect(permissionsOf(manifest)).not.toContain('webRequest');
      expect(manifest['content_security_policy']).toBeUndefined();
    }
  });

  test('Chrome: MV3 service worker and side panel', () => {
    expect(chrome['manifest_version']).toBe(3);
    expect(chrome['background']).toEqual({ service_worker: 'background/index.js' });
    expect(chrome['side_panel']).toEqual({ default_path: 'panel/index.html?mode=sidepanel' });
    expect(chrome['browser_specific_settings']).toBeUndefined();
  });

  test('Firefox: gecko id, min version for data_collection_permissions, background scripts, sidebar', () => {
    expect(firefox['manifest_version']).toBe(3);
    expect(firefox['background']).toEqual({ scripts: ['background/index.js'] });
    const gecko = (firefox['browser_specific_settings'] as { gecko: Record<string, unknown> })
      .gecko;
    expect(gecko['id']).toBe(GECKO_ID);
    expect(Number.parseFloat(gecko['strict_min_version'] as string)).toBeGreaterThanOrEqual(142);
    expect(gecko['data_collection_permissions']).toEqual({ required: ['none'] });
    expect(firefox['sidebar_action']).toMatchObject({
      default_panel: 'panel/index.html?mode=sidepanel',
    });
    expect(firefox['side_panel']).toBeUndefined();
    expect(firefox['permissions']).not.toContain('sidePanel');
  });

  test('only the panel document is web-accessible (the overlay iframes it), in Chrome only at the per-session URL', () => {
    expect(chrome['web_accessible_resources']).toEqual([
      {
        resources: ['panel/index.html'],
        matches: ['https://*/*', 'http://*/*'],
        use_dynamic_url: true,
      },
    ]);
    expect(firefox['web_accessible_resources']).toEqual([
      { resources: ['panel/index.html'], matches: ['https://*/*', 'http://*/*'] },
    ]);
  });

  test('commands: toggle and five captures; at most four suggested keys, all distinct', () => {
    const commands = chrome['commands'] as Record<
      string,
      { suggested_key?: { default: string }; description: string }
    >;
    expect(Object.keys(commands)).toEqual([...COMMAND_IDS]);
    expect(COMMAND_IDS).toEqual([
      'toggle-overlay',
      'capture-top',
      'capture-tip',
      'capture-question',
      'capture-fact',
      'capture-intervention',
    ]);
    const keys = Object.values(commands).flatMap((c) =>
      c.suggested_key ? [c.suggested_key.default] : [],
    );
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^Alt\+Shift\+[A-Z0-9]$/);
  });

  test('every __MSG_ key exists in English and Dutch, with the same keys in both', () => {
    const used = [
      ...JSON.stringify(chrome).matchAll(/__MSG_(\w+)__/g),
      ...JSON.stringify(firefox).matchAll(/__MSG_(\w+)__/g),
    ].map((m) => m[1]!);
    expect(Object.keys(MANIFEST_MESSAGES.nl).sort()).toEqual(
      Object.keys(MANIFEST_MESSAGES.en).sort(),
    );
    for (const key of used) {
      expect(MANIFEST_MESSAGES.en[key], key).toBeTruthy();
      expect(MANIFEST_MESSAGES.nl[key], key).toBeTruthy();
    }
    // Chrome limits the extension description to 132 characters.
    expect(MANIFEST_MESSAGES.en['extension_description']!.length).toBeLessThanOrEqual(132);
    expect(MANIFEST_MESSAGES.nl['extension_description']!.length).toBeLessThanOrEqual(132);
  });

  test('a page that is not built yet is left out of the manifest', () => {
    const bare = buildManifest('chrome', '1.2.3', { panel: false, popup: false, dashboard: false });
    expect(bare['side_panel']).toBeUndefined();
    expect(bare['web_accessible_resources']).toBeUndefined();
    expect(bare['options_ui']).toBeUndefined();
    expect((bare['action'] as Record<string, unknown>)['default_popup']).toBeUndefined();
  });
});
