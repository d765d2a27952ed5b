/**
 * User settings of the browser extension, typed and versioned, in `storage.local` under one key.
 * Shared by the loader (launcher, overlay position), the panel (locale), the dashboard
 * (everything, including retention and reminders) and the background (reminders). No note data
 * lives here.
 *
 * One declarative schema (`FIELDS`: each field's default and its repair) and one ordered list of
 * migrations (`MIGRATIONS`). Reading always goes through `migrateSettings`, which upgrades older
 * versions step by step and then repairs every field (wrong type or unknown value → that field's
 * default), so a damaged or hand-edited store never breaks a page. The schema is plain code, not
 * valibot: the content-script loader reads settings and must stay tiny.
 */
import { ext } from './api';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;
/**
 * Where version 1 kept the dashboard's reminder flag, with a version of its own. Folded into the
 * settings by the migration to version 2, then removed from storage.
 */
export const LEGACY_DASHBOARD_PREFS_KEY = 'dashboardPrefs';

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
  /** Browser notifications on the day a check-in or action is due (opt-in). */
  notifications: boolean;
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One field of the schema: its default, and its stored value repaired (undefined: unusable). */
interface Field<T> {
  fallback(): T;
  repair(value: unknown): T | undefined;
}

const oneOf = <T extends string>(values: readonly T[], fallback: T): Field<T> => ({
  fallback: () => fallback,
  repair: (value) => ((values as readonly unknown[]).includes(value) ? (value as T) : undefined),
});

/** Only `true` turns a flag on: a damaged value reads as off. */
const flag = (): Field<boolean> => ({ fallback: () => false, repair: (value) => value === true });

const integer = (min: number, max: number, fallback: number): Field<number> => ({
  fallback: () => fallback,
  repair: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : undefined,
});

/** A map whose damaged entries are dropped one by one. */
const mapOf = <T>(repair: (item: unknown) => T | undefined): Field<Record<string, T>> => ({
  fallback: () => ({}),
  repair(value) {
    const out: Record<string, T> = {};
    if (!isRecord(value)) return out;
    for (const [key, item] of Object.entries(value)) {
      const repaired = repair(item);
      if (repaired !== undefined) out[key] = repaired;
    }
    return out;
  },
});

function placement(value: unknown): OverlayPlacement | undefined {
  if (!isRecord(value)) return undefined;
  const { right, bottom, collapsed } = value;
  if (typeof right !== 'number' || typeof bottom !== 'number') return undefined;
  if (!Number.isFinite(right) || !Number.isFinite(bottom)) return undefined;
  return { right: Math.max(0, right), bottom: Math.max(0, bottom), collapsed: collapsed === true };
}

/** The settings schema: every field with its default and its repair. */
export const FIELDS: { readonly [K in Exclude<keyof Settings, 'version'>]: Field<Settings[K]> } = {
  locale: oneOf<LocaleSetting>(['auto', 'nl', 'en'], 'auto'),
  surface: oneOf<Surface>(['overlay', 'sidepanel'], 'overlay'),
  launcher: mapOf((item) => (typeof item === 'boolean' ? item : undefined)),
  overlay: mapOf(placement),
  retentionMonths: integer(0, 600, 24),
  firstRunDone: flag(),
  identityAsked: flag(),
  notifications: flag(),
};

export function defaultSettings(): Settings {
  const settings: Raw = { version: SETTINGS_VERSION };
  for (const [name, field] of Object.entries(FIELDS)) settings[name] = field.fallback();
  return settings as unknown as Settings;
}

/** What a migration may read besides the settings: other keys of `storage.local` it retires. */
export type LegacyItems = Readonly<Record<string, unknown>>;
/** Upgrades stored settings of version `n` (its index in the list) to `n + 1`. */
export type Migration = (old: Raw, legacy: LegacyItems) => Raw;

/** In order: entry `n` upgrades version `n` to `n + 1`. Add one for every version bump. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: version 0 (unversioned) already had version 1's fields.
  (old) => old,
  // 1 → 2: the dashboard's reminder flag moves in from its own key.
  (old, legacy) => {
    const prefs = legacy[LEGACY_DASHBOARD_PREFS_KEY];
    return { ...old, notifications: isRecord(prefs) && prefs['notifications'] === true };
  },
];

/** The keys of `storage.local` that the migrations fold into the settings and then remove. */
export const LEGACY_KEYS: readonly string[] = [LEGACY_DASHBOARD_PREFS_KEY];

function storedVersion(raw: unknown): number {
  const version = isRecord(raw) ? raw['version'] : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Any stored value (or nothing), and the legacy keys read beside it → current, valid settings. */
export function migrateSettings(
  raw: unknown,
  legacy: LegacyItems = {},
  migrations: readonly Migration[] = MIGRATIONS,
): Settings {
  let data: Raw = isRecord(raw) ? raw : {};
  for (let version = storedVersion(raw); version < SETTINGS_VERSION; version++) {
    const step = migrations[version];
    if (step) data = step(data, legacy);
  }
  const settings: Raw = { version: SETTINGS_VERSION };
  for (const [name, field] of Object.entries(FIELDS) as [string, Field<unknown>][])
    settings[name] = field.repair(data[name]) ?? field.fallback();
  return settings as unknown as Settings;
}

/** The part of `storage.local` settings need; tests pass an in-memory one. */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const browserStorage = (): SettingsStorage => ext.storage.local;

/**
 * Current settings. Stored settings of an older version, or a legacy key, are migrated once:
 * the result is written back and the legacy keys removed, so later reads are plain.
 */
export async function loadSettings(storage: SettingsStorage = browserStorage()): Promise<Settings> {
  const stored = await storage.get([SETTINGS_KEY, ...LEGACY_KEYS]);
  const raw = stored[SETTINGS_KEY];
  const legacy = LEGACY_KEYS.filter((key) => key in stored);
  const settings = migrateSettings(raw, stored);
  // A damaged value (not an object) is left as it is until the next change replaces it.
  if (legacy.length > 0 || (isRecord(raw) && storedVersion(raw) < SETTINGS_VERSION)) {
    await storage.set({ [SETTINGS_KEY]: settings });
    if (legacy.length > 0) await storage.remove(legacy);
  }
  return settings;
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
