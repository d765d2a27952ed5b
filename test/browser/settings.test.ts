import { describe, expect, test } from 'vitest';
import {
  LEGACY_DASHBOARD_PREFS_KEY,
  MIGRATIONS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  defaultSettings,
  launcherEnabled,
  loadSettings,
  migrateSettings,
  resolveLocale,
  updateSettings,
  type Migration,
  type SettingsStorage,
} from '../../extension-browser/src/common/settings';

function memoryStorage(
  initial: Record<string, unknown> = {},
): SettingsStorage & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    async get(keys) {
      return Object.fromEntries(
        keys.filter((key) => key in data).map((key) => [key, structuredClone(data[key])]),
      );
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const key of keys) delete data[key];
    },
  };
}

describe('extension settings', () => {
  test('nothing stored gives the defaults', async () => {
    expect(await loadSettings(memoryStorage())).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      version: SETTINGS_VERSION,
      locale: 'auto',
      surface: 'overlay',
      retentionMonths: 24,
      firstRunDone: false,
      notifications: false,
    });
  });

  test('damaged values fall back field by field, good ones are kept', () => {
    const settings = migrateSettings({
      version: SETTINGS_VERSION,
      locale: 'fr',
      surface: 'sidepanel',
      launcher: { teams: false, zoom: 'no', jitsi: true },
      overlay: {
        'google-meet': { right: 20, bottom: -5, collapsed: 1 },
        teams: { right: 'x' },
        salesforce: { right: Infinity, bottom: 2 },
      },
      retentionMonths: 3.5,
      firstRunDone: 'yes',
      identityAsked: 1,
      unknownField: 42,
    });
    expect(settings).toEqual({
      version: SETTINGS_VERSION,
      locale: 'auto',
      surface: 'sidepanel',
      launcher: { teams: false, jitsi: true },
      overlay: { 'google-meet': { right: 20, bottom: 0, collapsed: false } },
      retentionMonths: 24,
      firstRunDone: false,
      identityAsked: false,
      notifications: false,
    });
    for (const junk of [null, 'settings', 7, [], undefined])
      expect(migrateSettings(junk)).toEqual(defaultSettings());
  });

  test('older versions are upgraded step by step through the migrations', () => {
    const calls: number[] = [];
    const migrations: Migration[] = [
      (old) => {
        calls.push(0);
        return { ...old, locale: old['language'], version: 1 };
      },
      (old) => {
        calls.push(1);
        return old;
      },
    ];
    const settings = migrateSettings({ language: 'nl', retentionMonths: 12 }, {}, migrations);
    expect(calls).toEqual([0, 1]);
    expect(migrations).toHaveLength(MIGRATIONS.length);
    expect(settings.locale).toBe('nl');
    expect(settings.retentionMonths).toBe(12);
  });

  test('updateSettings reads, changes and writes back valid settings', async () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: { version: 1, locale: 'nl', launcher: { zoom: false } },
    });
    const next = await updateSettings((s) => {
      s.overlay['teams'] = { right: 40, bottom: 120, collapsed: true };
      s.launcher['zoom'] = true;
    }, storage);
    expect(next.locale).toBe('nl');
    expect(storage.data[SETTINGS_KEY]).toEqual(next);
    expect((await loadSettings(storage)).overlay['teams']).toEqual({
      right: 40,
      bottom: 120,
      collapsed: true,
    });
    const replaced = await updateSettings((s) => ({ ...s, retentionMonths: 6 }), storage);
    expect(replaced.retentionMonths).toBe(6);
  });

  test('locale: an explicit choice wins, auto follows the browser language', () => {
    expect(resolveLocale('auto', 'nl-BE')).toBe('nl');
    expect(resolveLocale('auto', 'NL')).toBe('nl');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('auto', undefined)).toBe('en');
    expect(resolveLocale('nl', 'en-US')).toBe('nl');
    expect(resolveLocale('en', 'nl-NL')).toBe('en');
  });

  test('the launcher is on unless switched off for that site', () => {
    const settings = migrateSettings({ version: 1, launcher: { teams: false } });
    expect(launcherEnabled(settings, 'teams')).toBe(false);
    expect(launcherEnabled(settings, 'zoom')).toBe(true);
  });

  test('migration 0 → 1 keeps an unversioned object as it was', () => {
    expect(MIGRATIONS[0]!({ locale: 'nl', launcher: { zoom: false } }, {})).toEqual({
      locale: 'nl',
      launcher: { zoom: false },
    });
  });

  test("migration 1 → 2 folds the dashboard's reminder flag into the settings", () => {
    const v1 = { version: 1, locale: 'en', firstRunDone: true };
    const fold = MIGRATIONS[1]!;
    const prefs = (value: unknown) => ({ [LEGACY_DASHBOARD_PREFS_KEY]: value });
    expect(fold(v1, prefs({ version: 1, notifications: true }))).toEqual({
      ...v1,
      notifications: true,
    });
    expect(fold(v1, prefs({ version: 1, notifications: false }))['notifications']).toBe(false);
    expect(fold(v1, {})['notifications']).toBe(false);
    // A damaged flag reads as reminders off.
    for (const damaged of [{ notifications: 'yes' }, 'on', null, [true]])
      expect(fold(v1, prefs(damaged))['notifications']).toBe(false);
    expect(migrateSettings({ version: SETTINGS_VERSION, notifications: 'yes' }).notifications).toBe(
      false,
    );
  });

  test('loading migrates stored settings and the old dashboardPrefs key once, then removes that key', async () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: { version: 1, locale: 'nl', retentionMonths: 12, firstRunDone: true },
      [LEGACY_DASHBOARD_PREFS_KEY]: { version: 1, notifications: true },
      unrelated: 'kept',
    });
    const settings = await loadSettings(storage);
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      locale: 'nl',
      retentionMonths: 12,
      firstRunDone: true,
      notifications: true,
    });
    expect(storage.data).toEqual({ [SETTINGS_KEY]: settings, unrelated: 'kept' });
    let writes = 0;
    const set = storage.set.bind(storage);
    storage.set = async (items) => {
      writes++;
      return set(items);
    };
    expect(await loadSettings(storage)).toEqual(settings);
    expect(writes).toBe(0);
  });

  test('only the old dashboardPrefs key stored: its flag is kept in fresh settings', async () => {
    const storage = memoryStorage({ [LEGACY_DASHBOARD_PREFS_KEY]: { notifications: true } });
    expect((await loadSettings(storage)).notifications).toBe(true);
    expect(Object.keys(storage.data)).toEqual([SETTINGS_KEY]);
  });

  test('a damaged stored value reads as defaults and is not overwritten by reading', async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: 'not settings' });
    expect(await loadSettings(storage)).toEqual(defaultSettings());
    expect(storage.data[SETTINGS_KEY]).toBe('not settings');
    expect(await loadSettings(memoryStorage())).toEqual(defaultSettings());
  });
});
