import type { Store } from '@coaching-notes/shared';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { ext } from '../common/api';
import { STORE_PORT, StoreHost } from '../common/store-bridge';
import { fromExtension, placedByExtension } from './panel-frames';

let opened: Promise<Store> | undefined;

/** The background's one connection to the extension's IndexedDB store (opened on first use). */
export function backgroundStore(): Promise<Store> {
  opened ??= openIdbStore().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/**
 * Serves the overlay panel's store (see `common/store-bridge`). Only extension pages may connect:
 * a content script has the same extension id but a web page's URL, and is refused; so is a panel
 * frame a web page made itself (see `panel-frames`): its calls are never served.
 */
export function registerStoreHost(): void {
  const host = new StoreHost(backgroundStore);
  ext.runtime.onConnect.addListener((port) => {
    if (port.name !== STORE_PORT) return;
    if (!port.sender || !fromExtension(port.sender)) {
      port.disconnect();
      return;
    }
    host.accept(port, placedByExtension(port.sender));
  });
}
