// How the debrief webview is bundled; shared by build.mjs and the bundle-size budget test
// (test/vscode/webview-budget.test.ts), so the test measures exactly what ships.
import { fileURLToPath } from 'node:url';

export const webviewBuild = {
  entryPoints: [fileURLToPath(new URL('src/webview/main.ts', import.meta.url))],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'chrome120',
};
