import { describe, expect, test } from 'vitest';
import {
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
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
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
    });
    for (const junk of [null, 'settings', 7, [], undefined])
      expect(migrateSettings(junk)).toEqual(defaultSettings());
  });

  test('older versions are upgraded step by step through the migrations', () => {
    const calls: number[] = [];
    const migrations: Record<number, Migration> = {
      0: (old) => {
        calls.push(0);
        return { ...old, locale: old['language'], version: 1 };
      },
    };
    const settings = migrateSettings({ language: 'nl', retentionMonths: 12 }, migrations);
    expect(calls).toEqual([0]);
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
});
