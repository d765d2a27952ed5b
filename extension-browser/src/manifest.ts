/**
 * One source for both manifests. `scripts/build.mjs` imports this module and writes
 * `dist/chrome/manifest.json` and `dist/firefox/manifest.json`.
 *
 * Permissions are kept to what the product needs:
 * - no `<all_urls>`: host permissions and the loader cover only the supported call and CRM hosts;
 *   any other page is reached through `activeTab` + `scripting` when the user clicks the toolbar
 *   button or presses a shortcut. The host permissions are needed beyond the content script: Chrome
 *   gives an extension frame embedded in a site (the overlay's panel) the extension's own, first-party
 *   storage only when the extension has host permission for that site; otherwise its IndexedDB is
 *   blocked or partitioned away from the dashboard's;
 * - `notifications` is optional: the dashboard asks for it when the user turns check-in reminders on.
 */

/** Firefox add-on id; also pins the internal UUID in the Firefox tests. */
export const GECKO_ID = 'coaching-notes@coaching-notes.app';

export const CALL_MATCHES = [
  'https://meet.google.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://teams.cloud.microsoft/*',
  'https://*.zoom.us/wc/*',
  'https://meet.jit.si/*',
  'https://8x8.vc/*',
] as const;

/** Dynamics 365 regions are `org.crm.dynamics.com`, `org.crm4.dynamics.com`, …, `crm21`. */
const DYNAMICS_MATCHES = ['', ...Array.from({ length: 20 }, (_, i) => String(i + 2))].map(
  (region) => `https://*.crm${region}.dynamics.com/*`,
);

/**
 * HubSpot's data centres: `app` (na1) and `app-<region>`. A match pattern cannot say `app-*`, so the
 * known regions are listed; a newer one still works through `activeTab` (the adapter knows them all).
 */
const HUBSPOT_MATCHES = ['app', 'app-eu1', 'app-na2', 'app-na3', 'app-ap1'].map(
  (host) => `https://${host}.hubspot.com/*`,
);

export const CRM_MATCHES = [
  'https://*.lightning.force.com/*',
  ...HUBSPOT_MATCHES,
  ...DYNAMICS_MATCHES,
  'https://*.pipedrive.com/*',
] as const;

/** Every page the loader is declared for. */
export const SUPPORTED_MATCHES: readonly string[] = [...CALL_MATCHES, ...CRM_MATCHES];

/**
 * Government and sovereign clouds (Teams GCC High / DoD, Dynamics 365 Germany and US Government).
 * Few coaches need them, so they are optional host permissions the user grants from the settings
 * page; the background then registers the loader there (`optional-sites.ts`).
 */
export const OPTIONAL_MATCHES: readonly string[] = [
  'https://*.teams.microsoft.us/*',
  'https://*.crm.microsoftdynamics.de/*',
  'https://*.crm.microsoftdynamics.us/*',
];

export const PANEL_PATH = 'panel/index.html';
export const LOADER_PATH = 'content/loader.js';
export const BACKGROUND_PATH = 'background/index.js';

export const COMMAND_IDS = [
  'toggle-overlay',
  'capture-top',
  'capture-tip',
  'capture-question',
  'capture-fact',
  'capture-intervention',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/**
 * Chrome binds suggested keys on at most four commands (the rest are bound by the user), and
 * silently leaves a command unbound when its key is one of the browser's own: Alt+Shift+T (focus
 * the toolbar) and Alt+Shift+P were refused on Linux Chromium 156 in nl and en, as were
 * Alt+Shift+B and Alt+Shift+W. Alt+Shift with a digit is bound, and neither Chrome nor Meet, Teams, Zoom web or
 * Jitsi use it; the digits follow the panel's order of kinds (top, tip, question). Checked in a
 * fresh profile by test/e2e/browser-shortcuts.e2e.test.ts.
 */
export const SUGGESTED_KEYS: Partial<Record<CommandId, string>> = {
  'toggle-overlay': 'Alt+Shift+O',
  'capture-top': 'Alt+Shift+1',
  'capture-tip': 'Alt+Shift+2',
  'capture-question': 'Alt+Shift+3',
};

/** `_locales/<lang>/messages.json` key for each command's description. */
function commandMessageKey(id: CommandId): string {
  return 'command_' + id.replace(/-/g, '_');
}

export type Target = 'chrome' | 'firefox';

/** Which optional pages exist in this build (the build skips a page whose html is missing). */
export interface ManifestPages {
  panel: boolean;
  popup: boolean;
  dashboard: boolean;
}

export type Manifest = Record<string, unknown>;

export function buildManifest(target: Target, version: string, pages: ManifestPages): Manifest {
  const commands: Record<string, unknown> = {};
  for (const id of COMMAND_IDS) {
    const key = SUGGESTED_KEYS[id];
    commands[id] = {
      description: `__MSG_${commandMessageKey(id)}__`,
      ...(key ? { suggested_key: { default: key } } : {}),
    };
  }
  const action: Record<string, unknown> = {
    default_title: '__MSG_action_title__',
    default_icon: ICONS,
  };
  if (pages.popup) action['default_popup'] = 'popup/index.html';

  const manifest: Manifest = {
    manifest_version: 3,
    name: '__MSG_extension_name__',
    short_name: 'Coaching Notes',
    description: '__MSG_extension_description__',
    version,
    default_locale: 'en',
    icons: ICONS,
    action,
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: [...SUPPORTED_MATCHES],
    optional_host_permissions: [...OPTIONAL_MATCHES],
    content_scripts: [
      {
        matches: [...SUPPORTED_MATCHES],
        js: [LOADER_PATH],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    commands,
  };
  if (pages.panel) {
    // The overlay iframes the panel into the page; `activeTab` pages can be any http(s) page, so
    // the panel document (only it: its scripts load from the extension's own origin) is reachable.
    manifest['web_accessible_resources'] = [
      {
        resources: [PANEL_PATH],
        matches: ['https://*/*', 'http://*/*'],
        ...(target === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ];
  }
  if (pages.dashboard) {
    manifest['options_ui'] = { page: 'dashboard/index.html', open_in_tab: true };
  }

  if (target === 'chrome') {
    manifest['minimum_chrome_version'] = '116';
    (manifest['permissions'] as string[]).push('sidePanel');
    manifest['background'] = { service_worker: BACKGROUND_PATH };
    if (pages.panel) manifest['side_panel'] = { default_path: `${PANEL_PATH}?mode=sidepanel` };
  } else {
    manifest['background'] = { scripts: [BACKGROUND_PATH] };
    manifest['browser_specific_settings'] = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
    if (pages.panel) {
      manifest['sidebar_action'] = {
        default_panel: `${PANEL_PATH}?mode=sidepanel`,
        default_title: '__MSG_sidebar_title__',
        default_icon: ICONS,
        open_at_install: false,
      };
    }
  }
  return manifest;
}

const ICONS = {
  '16': 'icons/icon-16.png',
  '32': 'icons/icon-32.png',
  '48': 'icons/icon-48.png',
  '128': 'icons/icon-128.png',
};

/** Localised manifest strings, written to `_locales/<lang>/messages.json`. */
export const MANIFEST_MESSAGES: Record<'en' | 'nl', Record<string, string>> = {
  en: {
    extension_name: 'Coaching Notes',
    extension_description:
      'Take coaching notes while you sit in on a call or watch someone work a CRM record. Notes stay on your computer.',
    action_title: 'Coaching Notes',
    sidebar_title: 'Coaching Notes',
    [commandMessageKey('toggle-overlay')]: 'Show or hide the notes panel on this page',
    [commandMessageKey('capture-top')]: 'Capture a top (what went well)',
    [commandMessageKey('capture-tip')]: 'Capture a tip (what could be better)',
    [commandMessageKey('capture-question')]: 'Capture a question to ask later',
    [commandMessageKey('capture-fact')]: 'Capture a fact',
    [commandMessageKey('capture-intervention')]: 'Capture an intervention (you stepped in)',
  },
  nl: {
    extension_name: 'Coaching Notes',
    extension_description:
      'Maak coachingnotities terwijl je meeluistert met een gesprek of meekijkt in een CRM. Je notities blijven op je eigen computer.',
    action_title: 'Coaching Notes',
    sidebar_title: 'Coaching Notes',
    [commandMessageKey('toggle-overlay')]: 'Notitiepaneel op deze pagina tonen of verbergen',
    [commandMessageKey('capture-top')]: 'Top noteren (wat goed ging)',
    [commandMessageKey('capture-tip')]: 'Tip noteren (wat beter kan)',
    [commandMessageKey('capture-question')]: 'Vraag noteren om later te stellen',
    [commandMessageKey('capture-fact')]: 'Feit noteren',
    [commandMessageKey('capture-intervention')]: 'Ingreep noteren (je kwam tussenbeide)',
  },
};
