import type { ChangeContext, Locale, Store } from '@coaching-notes/shared';
import type { SearchIndex } from '@coaching-notes/shared/idb';

/** The language setting: a fixed language or whatever the browser uses. */
export type LanguageChoice = 'browser' | 'nl' | 'en';
/** Where the observation panel opens. */
export type PanelSurface = 'overlay' | 'sidepanel';

/** The settings the dashboard shows; the shell maps them onto its own settings storage. */
export interface DashboardSettings {
  language: LanguageChoice;
  surface: PanelSurface;
  /** Supported sites and whether the page launcher shows there, by site id. */
  launcherSites: Record<string, boolean>;
  /** Browser notifications on the day a check-in or action is due (opt-in). */
  notifications: boolean;
  /** Purge records older than this many months; `null` keeps everything. */
  retentionMonths: number | null;
  /** Whether the first-run retention question was answered. */
  retentionAsked: boolean;
}

/** A keyboard command of the shell and the key bound to it ('' when the browser bound none). */
export interface CommandBinding {
  id: string;
  description: string;
  shortcut: string;
}

/** What happened when the shell tried to open the browser's shortcut settings. */
export type ShortcutSettingsResult = 'opened' | 'manual';

/**
 * The platform the dashboard runs on, implemented by the shell (the browser extension's
 * dashboard page). Shared UI never calls browser APIs itself.
 */
export interface DashboardHost {
  loadSettings(): Promise<DashboardSettings>;
  /** Save a change; resolves with the settings as stored (a refused permission stays off). */
  saveSettings(patch: Partial<DashboardSettings>): Promise<DashboardSettings>;
  /** Open the browser's keyboard-shortcut page; `manual` when it cannot be opened (Firefox). */
  openShortcutSettings(): Promise<ShortcutSettingsResult>;
  /** The shell's keyboard commands as the browser bound them; absent where it cannot tell. */
  commandBindings?(): Promise<CommandBinding[]>;
  /** `navigator.storage.persisted()`; `undefined` where the browser cannot tell. */
  storagePersisted(): Promise<boolean | undefined>;
  requestPersistence(): Promise<boolean>;
  /**
   * Sites the shell reaches only once the user allows them (government and sovereign clouds):
   * whether they are allowed now. Absent where the shell has no such sites.
   */
  optionalSitesAllowed?(): Promise<boolean>;
  /** Asks for those sites (inside the click that asked); resolves to whether they are allowed. */
  allowOptionalSites?(): Promise<boolean>;
}

/** Everything a dashboard view needs, handed down from the root element. */
export interface DashboardContext {
  store: Store;
  locale: Locale;
  /** The replica id of this installation, for revisions of edits made here. */
  actor: string;
  host: DashboardHost;
  /** The full-text index; `undefined` until it is opened. */
  search?: SearchIndex;
  /** The clock (tests pin it). */
  now: () => Date;
}

export function changeContext(ctx: DashboardContext): ChangeContext {
  return { actor: ctx.actor, now: ctx.now() };
}
