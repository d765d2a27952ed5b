import type { RemoteLink, ServedLink } from '@coaching-notes/shared';

/** The slice of `runtime.Port` the bridge uses. */
export interface BridgePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * A runtime port as either end of a remote store. A port, not `window.postMessage`: the page
 * around the overlay could read the latter.
 */
export function linkOf(port: BridgePort): RemoteLink & ServedLink {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener(listener),
    onClose: (listener) => port.onDisconnect.addListener(listener),
    close: () => port.disconnect(),
  };
}
