/**
 * The overlay panel's store: calls go over a runtime port to the background, which runs them on
 * the extension's IndexedDB (the shared `RemoteStore` / `serveStore` pair). Import from
 * `../common/store-bridge`; not part of `../common` so the popup and the loader stay free of it.
 *
 * Why: the overlay's panel is an extension frame inside a web page, i.e. a third-party context.
 * Browsers that block third-party cookies deny it IndexedDB and localStorage, and browsers that
 * partition storage would give it a separate database per site. The background is first-party,
 * so every surface (overlay, side panel, dashboard) works on the same notes.
 */
import { RemoteStore, type Store } from '@coaching-notes/shared';
import { ext } from '../api';
import { linkOf } from './port';

export const STORE_PORT = 'coaching-notes-store';

/** The worker may be stopped while idle; a ping this often keeps it, and the change feed, alive. */
const KEEP_ALIVE_MS = 20_000;

/** The notes store for the overlay's panel. */
export function openBridgedStore(): Store {
  return new RemoteStore(() => linkOf(ext.runtime.connect({ name: STORE_PORT })), {
    keepAliveMs: KEEP_ALIVE_MS,
  });
}

export { linkOf, type BridgePort } from './port';
