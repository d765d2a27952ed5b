// How the webviews are bundled; shared by build.mjs and the bundle-size budget test
// (test/browser/bundle-budget.test.ts), so the test measures exactly what ships.
import { fileURLToPath } from 'node:url';

const webview = (entry) => ({
  entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'chrome120',
});

/** The coach's debrief (questions, feedback composer, actions) beside the pairing session. */
export const webviewBuild = webview('src/webview/main.ts');
/** The debrief with the coachee: shared material only, built to be shown on screen. */
export const coacheeWebviewBuild = webview('src/webview/coachee-main.ts');
