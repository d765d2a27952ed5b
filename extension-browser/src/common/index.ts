/** Settings and the API handle, for the panel, the dashboard, the popup and the background. */
export { ext, extensionAlive } from './api';
export { dashboardUrl } from './dashboard-url';
export { SHORTCUTS_URL, commandBindings, isFirefox, openShortcutSettings } from './shortcuts';
export type { CommandBinding } from './shortcuts';
export { loadActorId, ACTOR_KEY } from './actor';
export {
  SETTINGS_KEY,
  SETTINGS_VERSION,
  MIGRATIONS,
  defaultSettings,
  migrateSettings,
  loadSettings,
  updateSettings,
  onSettingsChanged,
  resolveLocale,
  launcherEnabled,
} from './settings';
export type {
  Settings,
  LocaleSetting,
  Surface,
  OverlayPlacement,
  Migration,
  SettingsStorage,
} from './settings';
