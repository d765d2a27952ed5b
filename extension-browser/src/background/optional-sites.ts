import { ext } from '../common/api';
import { LOADER_PATH, OPTIONAL_MATCHES } from '../manifest';
import { injectIntoOpenTabs } from './tabs';

const SCRIPT_ID = 'optional-sites';

/** The optional hosts (government and sovereign clouds) the user has allowed so far. */
export async function grantedOptionalSites(): Promise<string[]> {
  const { origins = [] } = await ext.permissions.getAll();
  return OPTIONAL_MATCHES.filter((pattern) => origins.includes(pattern));
}

/**
 * Declares the loader on the optional hosts the user allowed, and on none once they are taken
 * back. A manifest content script cannot name hosts that are only optional, so the loader is
 * registered at run time; this runs at every start and on every permission change, so the
 * registration always follows what is granted.
 */
export function syncOptionalSites(): Promise<string[]> {
  // One at a time: a start and a permission change at once would register the id twice.
  const run = queue.then(sync, sync);
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function sync(): Promise<string[]> {
  const granted = await grantedOptionalSites();
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await ext.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await ext.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: [LOADER_PATH], runAt: 'document_idle' },
    ]);
  }
  return granted;
}

export function registerOptionalSites(): void {
  const follow = (): void => void syncOptionalSites().catch(() => undefined);
  // Calls already open on a host just allowed get the launcher without a reload.
  ext.permissions.onAdded.addListener(() => {
    void syncOptionalSites()
      .then((granted) => injectIntoOpenTabs(granted))
      .catch(() => undefined);
  });
  ext.permissions.onRemoved.addListener(follow);
  follow();
}
