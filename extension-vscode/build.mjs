// Bundles the extension host code into dist/extension.js (one CommonJS file, `vscode` external)
// and the webviews (debrief, debrief with the coachee) into dist/webview/ (an ES module and a
// stylesheet each).
import { build } from 'esbuild';
import { coacheeWebviewBuild, webviewBuild } from './webview-build.mjs';
import { copyFile, mkdir, rm } from 'node:fs/promises';

const production = process.env.NODE_ENV !== 'development';
await rm('dist', { recursive: true, force: true });
await mkdir('dist/webview', { recursive: true });

const common = {
  bundle: true,
  minify: production,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  }),
  build({ ...common, ...webviewBuild, outfile: 'dist/webview/debrief.js' }),
  build({ ...common, ...coacheeWebviewBuild, outfile: 'dist/webview/coachee-debrief.js' }),
  copyFile('src/webview/debrief.css', 'dist/webview/debrief.css'),
  copyFile('src/webview/coachee-debrief.css', 'dist/webview/coachee-debrief.css'),
]);
