// Debian's Chromium and the flags every Chromium this repository launches gets: the e2e tests,
// the benchmarks, the demo and the code-server harness. Plain ESM so node scripts and the
// TypeScript tests (through chromium.d.mts) share one list.

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Launch arguments: `--headless=new` when `headless` (Playwright's own `headless: true` is left
 * to pick its mode otherwise), the unpacked extension in `extensionDir` if any, the common flags,
 * then `extra`.
 */
export function chromiumArgs({ headless = false, extensionDir, extra = [] } = {}) {
  return [
    ...(headless ? ['--headless=new'] : []),
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    ...CHROMIUM_FLAGS,
    ...extra,
  ];
}
