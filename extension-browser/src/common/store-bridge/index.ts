/**
 * The overlay panel's store: calls go over a runtime port to the background, which runs them on
 * the extension's IndexedDB. Import from `../common/store-bridge`; not part of `../common` so the
 * popup and the loader stay free of it.
 */
export { BridgedStore, openBridgedStore } from './client';
export { StoreHost } from './host';
export { STORE_PORT } from './protocol';
export type { BridgePort } from './port';
