import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** The extension pages. A page whose html is not there yet is skipped, so the rest still builds. */
export const PAGE_ENTRIES = ['panel', 'popup', 'dashboard'] as const;

export function existingPages(): Record<string, string> {
  const input: Record<string, string> = {};
  for (const page of PAGE_ENTRIES) {
    const html = `${src}/${page}/index.html`;
    if (existsSync(html)) input[page] = html;
  }
  return input;
}

/**
 * Extension pages (panel, popup, dashboard) as a multi-page build: `src/<page>/index.html` →
 * `dist/chrome/<page>/index.html`, shared chunks under `assets/`. The loader and the background
 * are separate IIFE builds in `scripts/build.mjs` (content scripts cannot be ES modules).
 */
export default defineConfig({
  root: src,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/chrome', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: { input: existingPages() },
  },
});
