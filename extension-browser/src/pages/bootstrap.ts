import { newActorId, type ChangeContext, type Locale, type Store } from '@coaching-notes/shared';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { loadActorId, onSettingsChanged, resolveLocale } from '../common';
import { openBridgedStore } from '../common/store-bridge';
import { settingsLocale } from './page-locale';

export { applyDocumentLocale } from './page-locale';

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

/**
 * Firefox asks the user before it keeps an extension's data, and `persist()` resolves only when
 * they answer its door-hanger: the page opens meanwhile, with the state as it is now.
 */
const PERSIST_ANSWER_MS = 1000;

function persistenceWithoutWaiting(): Promise<boolean | undefined> {
  const meanwhile = new Promise<boolean | undefined>((resolve) =>
    setTimeout(() => {
      const now = navigator.storage?.persisted?.();
      if (now) now.then(resolve, () => resolve(undefined));
      else resolve(undefined);
    }, PERSIST_ANSWER_MS),
  );
  return Promise.race([requestPersistence(), meanwhile]);
}

export interface PageOptions {
  /**
   * Reach the store through the background instead of opening IndexedDB here. For the overlay's
   * panel: an extension frame inside a web page is a third-party context, where the browser may
   * deny IndexedDB or hand out a database partitioned per site (see `BridgedStore`).
   */
  bridged?: boolean;
}

function openStore(options: PageOptions): Promise<Store> {
  if (options.bridged) return Promise.resolve(openBridgedStore());
  return openIdbStore({
    onClosed: (reason) => {
      if (reason === 'versionchange') location.reload();
    },
  });
}

/** Open the notes store of the extension origin and gather the page's basics. */
export async function openPageEnvironment(options: PageOptions = {}): Promise<PageEnvironment> {
  const [store, locale, persisted, actor] = await Promise.all([
    openStore(options),
    settingsLocale(),
    // A third-party frame's answer says nothing about the extension origin's own storage.
    options.bridged ? Promise.resolve(undefined) : persistenceWithoutWaiting(),
    loadActorId(newActorId),
  ]);
  return {
    store,
    actor,
    locale,
    persisted,
    changeContext: () => ({ actor, now: new Date() }),
    onLocaleChange(listener) {
      return onSettingsChanged((settings) =>
        listener(resolveLocale(settings.locale, navigator.language)),
      );
    },
  };
}
