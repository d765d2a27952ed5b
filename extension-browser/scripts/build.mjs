// Builds the extension for Chrome (also Edge) and Firefox from one source:
//   dist/chrome/, dist/firefox/, dist/coaching-notes-<target>-<version>.zip
// `node scripts/build.mjs --if-stale` skips the build when dist is newer than every source.
// `--skip-page=panel` (repeatable) leaves a page out, e.g. while another area is mid-change.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';
import { iconPng } from './icons.mjs';
import { zipDirectory } from './zip.mjs';

// Always a production build (Lit's dev mode and dev warnings stay out), whoever runs it (vitest sets `test`).
process.env.NODE_ENV = 'production';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
// Built into a staging folder and moved into place at the end, so browsers that other test runs
// have open on dist/ never see a half-written build.
const staging = join(dist, '.staging');
const chromeDir = join(staging, 'chrome');
const firefoxDir = join(staging, 'firefox');
const SOURCES = [
  join(root, 'src'),
  join(root, 'scripts'),
  join(root, 'vite.config.ts'),
  join(root, 'package.json'),
  join(root, '..', 'shared', 'src'),
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export function isStale() {
  const manifest = join(dist, 'chrome', 'manifest.json');
  if (!existsSync(manifest) || !existsSync(join(dist, 'firefox', 'manifest.json'))) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((path) => newestMtime(path) > built);
}

async function buildScript(entry, outFile, name) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: chromeDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: join(root, entry), formats: ['iife'], name, fileName: () => outFile },
    },
  });
}

async function main() {
  if (process.argv.includes('--if-stale') && !isStale()) return;
  const started = Date.now();
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const pagesConfig = (await runnerImport(join(root, 'vite.config.ts'))).module;
  const { existingPages } = pagesConfig;
  const pages = existingPages();
  for (const arg of process.argv)
    if (arg.startsWith('--skip-page=')) delete pages[arg.slice('--skip-page='.length)];

  rmSync(staging, { recursive: true, force: true });
  if (Object.keys(pages).length > 0) {
    const config = pagesConfig.default;
    await build({
      ...config,
      configFile: false,
      build: { ...config.build, outDir: chromeDir, rollupOptions: { input: pages } },
    });
  }
  await buildScript('src/content/loader.ts', 'content/loader.js', 'coachingNotesLoader');
  await buildScript('src/background/index.ts', 'background/index.js', 'coachingNotesBackground');

  mkdirSync(join(chromeDir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128])
    writeFileSync(join(chromeDir, 'icons', `icon-${size}.png`), iconPng(size));
  const { buildManifest, MANIFEST_MESSAGES } = (await runnerImport(join(root, 'src/manifest.ts')))
    .module;
  for (const [lang, messages] of Object.entries(MANIFEST_MESSAGES)) {
    const entries = Object.fromEntries(
      Object.entries(messages).map(([key, message]) => [key, { message }]),
    );
    mkdirSync(join(chromeDir, '_locales', lang), { recursive: true });
    writeFileSync(
      join(chromeDir, '_locales', lang, 'messages.json'),
      JSON.stringify(entries, null, 2) + '\n',
    );
  }

  const present = {
    panel: 'panel' in pages,
    popup: 'popup' in pages,
    dashboard: 'dashboard' in pages,
  };
  cpSync(chromeDir, firefoxDir, { recursive: true });
  for (const [target, dir] of [
    ['firefox', firefoxDir],
    ['chrome', chromeDir],
  ]) {
    const manifest = buildManifest(target, version, present);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    zipDirectory(dir, join(staging, `coaching-notes-${target}-${version}.zip`));
  }
  for (const name of [
    'firefox',
    'chrome',
    `coaching-notes-firefox-${version}.zip`,
    `coaching-notes-chrome-${version}.zip`,
  ]) {
    rmSync(join(dist, name), { recursive: true, force: true });
    renameSync(join(staging, name), join(dist, name));
  }
  rmSync(staging, { recursive: true, force: true });
  const missing = Object.entries(present)
    .filter(([, ok]) => !ok)
    .map(([page]) => page);
  console.log(
    `extension-browser: built dist/chrome and dist/firefox in ${Date.now() - started} ms` +
      (missing.length ? ` (pages left out: ${missing.join(', ')})` : ''),
  );
}

await main();
