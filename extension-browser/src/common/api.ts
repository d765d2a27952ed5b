/**
 * The WebExtension API without a polyfill (the loader must stay tiny): Firefox's promise-based
 * `browser`, else Chromium's `chrome` (promise-returning in MV3). Typed as Chrome's API; where
 * the two differ (side panel vs sidebar) the caller checks what exists.
 */
export const ext: typeof chrome =
  (globalThis as { browser?: typeof chrome }).browser ??
  (globalThis as { chrome: typeof chrome }).chrome;

/** False once the extension was reloaded or removed under a still-running content script. */
export function extensionAlive(): boolean {
  try {
    return typeof ext?.runtime?.id === 'string';
  } catch {
    return false;
  }
}
