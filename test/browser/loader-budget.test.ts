import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce } from '../e2e/helpers/build';
import { CHROME_DIST, EXTENSION_DIR } from '../e2e/helpers/paths';

const BUDGET_GZIP_BYTES = 10 * 1024;
const CONTENT_DIR = `${EXTENSION_DIR}/src/content`;

beforeAll(() => buildOnce(), 120_000);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.ts')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

describe('the content-script loader stays tiny', () => {
  test(`built loader is at most ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    const loader = readFileSync(`${CHROME_DIST}/content/loader.js`);
    const gzipped = gzipSync(loader, { level: 9 }).length;
    console.log(
      `loader: ${loader.length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_GZIP_BYTES})`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  test('built loader carries no Lit, no polyfill and no shared core', () => {
    const loader = readFileSync(`${CHROME_DIST}/content/loader.js`, 'utf8');
    for (const marker of [
      'lit-html',
      'LitElement',
      'webextension-polyfill',
      'coaching-notes-store',
      'valibot',
      'indexedDB',
    ]) {
      expect(loader, marker).not.toContain(marker);
    }
  });

  test('loader sources import only the loader, the API handle, settings, the site list and message types', () => {
    const allowed =
      /^(\.\/|\.\.\/common\/(api|settings|sites)$|\.\.\/messages$|\.\.\/\.\.\/messages$)/;
    for (const file of sourceFiles(CONTENT_DIR)) {
      const imports = [
        ...readFileSync(file, 'utf8').matchAll(/^import\s.*?from\s+'([^']+)'/gms),
      ].map((m) => m[1]!);
      for (const specifier of imports)
        expect(specifier, `${file} imports ${specifier}`).toMatch(allowed);
    }
  });
});
