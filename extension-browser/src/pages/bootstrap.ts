import { newActorId, type ChangeContext, type Locale, type Store } from '@coaching-notes/shared';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { loadSettings, onSettingsChanged, resolveLocale } from '../common';

/** What every extension page (panel, dashboard) needs before it mounts the shared UI. */
export interface PageEnvironment {
  store: Store;
  /** The replica id of this browser profile, for revisions of edits made here. */
  actor: string;
  locale: Locale;
  /** `navigator.storage.persist()`: true when the browser keeps the notes under storage pressure. */
  persisted: boolean | undefined;
  changeContext: () => ChangeContext;
  /** Calls `listener` when the language setting changes. */
  onLocaleChange(listener: (locale: Locale) => void): () => void;
}

const ACTOR_KEY = 'coaching-notes.actor';

/** The actor id, made once per profile. localStorage is per extension origin and synchronous. */
export function persistedActorId(storage: Storage = localStorage): string {
  let actor = storage.getItem(ACTOR_KEY);
  if (!actor) {
    actor = newActorId();
    storage.setItem(ACTOR_KEY, actor);
  }
  return actor;
}

/** Ask the browser to keep this origin's data; resolves to the resulting state. */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = navigator.storage;
  if (!storage?.persist) return undefined;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}

async function settingsLocale(): Promise<Locale> {
  try {
    return resolveLocale((await loadSettings()).locale, navigator.language);
  } catch {
    return resolveLocale('auto', navigator.language);
  }
}

/** Open the IndexedDB store of the extension origin and gather the page's basics. */
export async function openPageEnvironment(): Promise<PageEnvironment> {
  const [store, locale, persisted] = await Promise.all([
    openIdbStore({
      onClosed: (reason) => {
        if (reason === 'versionchange') location.reload();
      },
    }),
    settingsLocale(),
    requestPersistence(),
  ]);
  const actor = persistedActorId();
  return {
    store,
    actor,
    locale,
    persisted,
    changeContext: () => ({ actor, now: new Date() }),
    onLocaleChange(listener) {
      return onSettingsChanged((settings) => listener(resolveLocale(settings.locale, navigator.language)));
    },
  };
}

/** Set the document's language and title for the locale. */
export function applyDocumentLocale(locale: Locale, title: string): void {
  document.documentElement.lang = locale;
  document.title = title;
}
