/**
 * User settings of the browser extension, typed and versioned, in `storage.local` under one key.
 * Shared by the loader (launcher, overlay position), the panel (locale) and the dashboard
 * (everything, including retention). No note data lives here.
 *
 * Reading always goes through `migrateSettings`, which upgrades older versions step by step and
 * then repairs every field (wrong type or unknown value → default), so a damaged or hand-edited
 * store never breaks a page.
 */
import { ext } from './api';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export type LocaleSetting = 'auto' | 'nl' | 'en';
export type Surface = 'overlay' | 'sidepanel';

/** Where the overlay sits: distance in CSS px from the right and bottom edges of the viewport. */
export interface OverlayPlacement {
  right: number;
  bottom: number;
  collapsed: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** `auto` follows the browser language. */
  locale: LocaleSetting;
  /** Where "open the panel" opens it by default. */
  surface: Surface;
  /** Launcher button per site id (`google-meet`, `salesforce`, …); a missing site means on. */
  launcher: Record<string, boolean>;
  /** Overlay placement per site key (adapter id, or `generic:<hostname>` for other pages). */
  overlay: Record<string, OverlayPlacement>;
  /** Sessions older than this many months are offered for clean-up; 0 keeps everything. */
  retentionMonths: number;
  /** The first-run introduction (the retention question in the dashboard) was answered. */
  firstRunDone: boolean;
  /**
   * The "Who are you?" question was answered or put off. The answer itself is not kept here:
   * it is the person record that lists this profile's replica (`Person.actorIds`), so it
   * travels with the shared file.
   */
  identityAsked: boolean;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    locale: 'auto',
    surface: 'overlay',
    launcher: {},
    overlay: {},
    retentionMonths: 24,
    firstRunDone: false,
    identityAsked: false,
  };
}

type Raw = Record<string, unknown>;
/** Upgrades stored data of version `n` to `n + 1`. Add an entry for every version bump. */
export type Migration = (old: Raw) => Raw;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function cleanPlacement(value: unknown): OverlayPlacement | undefined {
  if (!isRecord(value)) return undefined;
  const { right, bottom, collapsed } = value;
  if (typeof right !== 'number' || typeof bottom !== 'number') return undefined;
  if (!Number.isFinite(right) || !Number.isFinite(bottom)) return undefined;
  return { right: Math.max(0, right), bottom: Math.max(0, bottom), collapsed: collapsed === true };
}

function cleanMap<T>(value: unknown, clean: (item: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isRecord(value)) return out;
  for (const [key, item] of Object.entries(value)) {
    const cleaned = clean(item);
    if (cleaned !== undefined) out[key] = cleaned;
  }
  return out;
}

/** Any stored value (or nothing) → current, valid settings. */
export function migrateSettings(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Settings {
  const base = defaultSettings();
  if (!isRecord(raw)) return base;
  let data: Raw = raw;
  let version = typeof data['version'] === 'number' ? data['version'] : 0;
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    if (step) data = step(data);
    version += 1;
  }
  const locale = data['locale'];
  const surface = data['surface'];
  const months = data['retentionMonths'];
  return {
    version: SETTINGS_VERSION,
    locale: locale === 'nl' || locale === 'en' || locale === 'auto' ? locale : base.locale,
    surface: surface === 'overlay' || surface === 'sidepanel' ? surface : base.surface,
    launcher: cleanMap(data['launcher'], (v) => (typeof v === 'boolean' ? v : undefined)),
    overlay: cleanMap(data['overlay'], cleanPlacement),
    retentionMonths:
      typeof months === 'number' && Number.isInteger(months) && months >= 0 && months <= 600
        ? months
        : base.retentionMonths,
    firstRunDone: data['firstRunDone'] === true,
    identityAsked: data['identityAsked'] === true,
  };
}

/** The part of `storage.local` settings need; tests pass an in-memory one. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const browserStorage = (): SettingsStorage => ext.storage.local;

export async function loadSettings(storage: SettingsStorage = browserStorage()): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/** Read, change and write back. `change` may mutate its argument or return a new object. */
export async function updateSettings(
  change: (settings: Settings) => Settings | void,
  storage: SettingsStorage = browserStorage(),
): Promise<Settings> {
  const current = await loadSettings(storage);
  const next = migrateSettings(change(current) ?? current);
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with fresh settings whenever any context changes them. Returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes)
      listener(migrateSettings(changes[SETTINGS_KEY]?.newValue));
  };
  ext.storage.onChanged.addListener(handle);
  return () => ext.storage.onChanged.removeListener(handle);
}

/** The product locale for a setting and a browser language tag (`nl-BE` → `nl`). */
export function resolveLocale(
  setting: LocaleSetting,
  languageTag: string | undefined,
): 'nl' | 'en' {
  if (setting !== 'auto') return setting;
  return languageTag?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function launcherEnabled(settings: Settings, site: string): boolean {
  return settings.launcher[site] !== false;
}
