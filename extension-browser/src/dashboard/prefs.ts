/**
 * The dashboard's own preference in `storage.local` (the rest, including whether the first-run
 * retention question was answered, lives in the common settings): whether reminders are wanted.
 * The background's follow-ups read the same key, so it is shared through this one module.
 */
import { ext } from '../common/api';

export const DASHBOARD_PREFS_KEY = 'dashboardPrefs';

export interface DashboardPrefs {
  version: 1;
  notifications: boolean;
}

export function cleanPrefs(raw: unknown): DashboardPrefs {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    version: 1,
    notifications: value['notifications'] === true,
  };
}

export async function loadPrefs(): Promise<DashboardPrefs> {
  const stored = await ext.storage.local.get(DASHBOARD_PREFS_KEY);
  return cleanPrefs(stored[DASHBOARD_PREFS_KEY]);
}

export async function savePrefs(
  patch: Partial<Omit<DashboardPrefs, 'version'>>,
): Promise<DashboardPrefs> {
  const next = cleanPrefs({ ...(await loadPrefs()), ...patch });
  await ext.storage.local.set({ [DASHBOARD_PREFS_KEY]: next });
  return next;
}
