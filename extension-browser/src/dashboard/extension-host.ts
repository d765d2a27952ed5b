import type { DashboardHost, DashboardSettings, ShortcutSettingsResult } from './context';
import {
  commandBindings,
  ext,
  loadSettings,
  openShortcutSettings,
  updateSettings,
  type CommandBinding,
  type Settings,
} from '../common';
import { OPTIONAL_MATCHES } from '../manifest';
import { requestPersistence } from '../pages/bootstrap';
import { loadPrefs, savePrefs, type DashboardPrefs } from './prefs';

function toDashboard(settings: Settings, prefs: DashboardPrefs): DashboardSettings {
  return {
    language: settings.locale === 'auto' ? 'browser' : settings.locale,
    surface: settings.surface,
    launcherSites: { ...settings.launcher },
    notifications: prefs.notifications,
    retentionMonths: settings.retentionMonths > 0 ? settings.retentionMonths : null,
    retentionAsked: settings.firstRunDone,
  };
}

/**
 * The dashboard's platform: the common settings module for language, surface, launcher and
 * retention; the dashboard's own prefs for reminders; `permissions.request` for the optional
 * notifications permission (asked inside the click that turns reminders on).
 */
export class ExtensionDashboardHost implements DashboardHost {
  async loadSettings(): Promise<DashboardSettings> {
    const [settings, prefs] = await Promise.all([loadSettings(), loadPrefs()]);
    return toDashboard(settings, prefs);
  }

  async saveSettings(patch: Partial<DashboardSettings>): Promise<DashboardSettings> {
    let notifications = patch.notifications;
    // Ask first, while the click's user activation still holds.
    if (notifications === true) notifications = await this.allowNotifications();
    const settings = await updateSettings((s) => {
      if (patch.language) s.locale = patch.language === 'browser' ? 'auto' : patch.language;
      if (patch.surface) s.surface = patch.surface;
      if (patch.launcherSites) s.launcher = { ...patch.launcherSites };
      if (patch.retentionMonths !== undefined) s.retentionMonths = patch.retentionMonths ?? 0;
      // The first-run introduction is the retention question.
      if (patch.retentionAsked !== undefined) s.firstRunDone = patch.retentionAsked;
    });
    const prefsPatch: Partial<DashboardPrefs> = {};
    if (notifications !== undefined) prefsPatch.notifications = notifications;
    const prefs = await savePrefs(prefsPatch);
    return toDashboard(settings, prefs);
  }

  private async allowNotifications(): Promise<boolean> {
    try {
      if (await ext.permissions.contains({ permissions: ['notifications'] })) return true;
      return await ext.permissions.request({ permissions: ['notifications'] });
    } catch {
      return false;
    }
  }

  openShortcutSettings(): Promise<ShortcutSettingsResult> {
    return openShortcutSettings();
  }

  commandBindings(): Promise<CommandBinding[]> {
    return commandBindings();
  }

  async storagePersisted(): Promise<boolean | undefined> {
    try {
      return (await navigator.storage?.persisted?.()) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async requestPersistence(): Promise<boolean> {
    return (await requestPersistence()) === true;
  }

  async optionalSitesAllowed(): Promise<boolean> {
    return ext.permissions.contains({ origins: [...OPTIONAL_MATCHES] });
  }

  /** The background registers the loader there once the permission arrives (`optional-sites.ts`). */
  async allowOptionalSites(): Promise<boolean> {
    try {
      return await ext.permissions.request({ origins: [...OPTIONAL_MATCHES] });
    } catch {
      return false;
    }
  }
}
