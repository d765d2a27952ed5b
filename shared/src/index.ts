/**
 * @coaching-notes/shared — the coaching method, the store port and the shared file format.
 * Platform-free: runs in Node, extension pages and the VS Code extension host.
 *
 * DOM-only parts have their own entry points so Node consumers never load them:
 * `@coaching-notes/shared/idb` (IndexedDB adapter) and `@coaching-notes/shared/ui` (Lit).
 * Node-only file I/O lives in `@coaching-notes/shared/node`.
 */
export * from './model';
export * from './templates';
export * from './store';
export * from './exchange';
export * from './i18n';
