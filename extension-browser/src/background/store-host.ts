import { REMOTE_METHODS, serveStore } from '@coaching-notes/shared';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { ext } from '../common/api';
import { STORE_PORT, linkOf } from '../common/store-bridge';
import { fromExtension, placedByExtension } from './panel-frames';

/**
 * Serves the overlay panel's store (see `common/store-bridge`). Only extension pages may connect:
 * a content script has the same extension id but a web page's URL, and is refused; so is a panel
 * frame a web page made itself (see `panel-frames`): its calls are never served.
 */
export function registerStoreHost(): void {
  const server = serveStore(() => openIdbStore(), { methods: REMOTE_METHODS });
  ext.runtime.onConnect.addListener((port) => {
    if (port.name !== STORE_PORT) return;
    if (!port.sender || !fromExtension(port.sender)) {
      port.disconnect();
      return;
    }
    server.accept(linkOf(port), placedByExtension(port.sender));
  });
}
