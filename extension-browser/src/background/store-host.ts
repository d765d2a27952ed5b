import { openIdbStore } from '@coaching-notes/shared/idb';
import { ext } from '../common/api';
import { STORE_PORT, StoreHost } from '../common/store-bridge';

/**
 * Serves the overlay panel's store (see `common/store-bridge`). Only extension pages may connect:
 * a content script has the same extension id but a web page's URL, and is refused.
 */
export function registerStoreHost(): void {
  const host = new StoreHost(() => openIdbStore());
  const extensionOrigin = ext.runtime.getURL('');
  ext.runtime.onConnect.addListener((port) => {
    if (port.name !== STORE_PORT) return;
    if (port.sender?.id !== ext.runtime.id || !port.sender.url?.startsWith(extensionOrigin)) {
      port.disconnect();
      return;
    }
    host.accept(port);
  });
}
