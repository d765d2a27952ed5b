import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce } from '../e2e/helpers/build';
import { CHROME_DIST, EXTENSION_DIR, FIREFOX_DIST, REPO_ROOT } from '../e2e/helpers/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

beforeAll(() => buildOnce(), 120_000);

describe('store packages', () => {
  test('web-ext lint on dist/firefox: 0 errors, 0 warnings', () => {
    let output: string;
    try {
      output = execFileSync(
        `${REPO_ROOT}node_modules/.bin/web-ext`,
        ['lint', '--output', 'json', '--source-dir', FIREFOX_DIST],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; the report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as LintReport;
    expect(
      [...report.errors, ...report.warnings].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`),
    ).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBe(0);
  });

  test('both builds carry the same files apart from the manifest, and zips exist', () => {
    const version = (
      JSON.parse(readFileSync(`${EXTENSION_DIR}/package.json`, 'utf8')) as { version: string }
    ).version;
    for (const target of ['chrome', 'firefox']) {
      const zip = readFileSync(`${EXTENSION_DIR}/dist/coaching-notes-${target}-${version}.zip`);
      expect(zip.readUInt32LE(0)).toBe(0x04034b50);
      expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);
    }
    const chromeLoader = readFileSync(`${CHROME_DIST}/content/loader.js`);
    expect(readFileSync(`${FIREFOX_DIST}/content/loader.js`).equals(chromeLoader)).toBe(true);
  });

  test('no remote code: no http(s) script or import URLs in any built script or page', () => {
    const files = execFileSync('find', [CHROME_DIST, '-name', '*.js', '-o', '-name', '*.html'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimport\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/importScripts\(\s*["'`]https?:/);
    }
  });
});
