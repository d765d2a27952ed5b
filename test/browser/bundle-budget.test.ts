import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { coacheeWebviewBuild, webviewBuild } from '../../extension-vscode/webview-build.mjs';
import { buildOnce } from '../e2e/helpers/build';
import { CHROME_DIST } from '../e2e/helpers/paths';

/**
 * Byte budgets (minified, not gzipped) for the pages that must stay light: the overlay panel
 * loads on every call page a coach opens, the VS Code debrief webview on every debrief. Neither
 * may pull in the browser dashboard (its views live in extension-browser/src/dashboard).
 */
const PANEL_PAGE_BUDGET = 270 * 1024;
const WEBVIEW_BUDGET = 155 * 1024;
/** The debrief with the coachee: one view, no store, shown on the coach's screen. */
const COACHEE_WEBVIEW_BUDGET = 160 * 1024;

beforeAll(() => buildOnce(), 120_000);

/** The scripts a built extension page loads at start: its entry and every static import. */
function pageScripts(page: string): Map<string, string> {
  const html = readFileSync(`${CHROME_DIST}/${page}`, 'utf8');
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${page} has no module script`);
  const scripts = new Map<string, string>();
  const visit = (file: string) => {
    if (scripts.has(file)) return;
    const code = readFileSync(file, 'utf8');
    scripts.set(file, code);
    // Static imports only (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` loads later.
    for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g))
      visit(resolve(dirname(file), match[1]!));
  };
  visit(`${CHROME_DIST}${entry}`);
  return scripts;
}

const bytes = (scripts: Iterable<string>) =>
  [...scripts].reduce((sum, code) => sum + Buffer.byteLength(code), 0);

describe('bundle budgets', () => {
  test(`the overlay panel page loads at most ${PANEL_PAGE_BUDGET} bytes of script, without the dashboard`, () => {
    const scripts = pageScripts('panel/index.html');
    const total = bytes(scripts.values());
    console.log(
      `panel page: ${total} bytes in ${scripts.size} scripts (budget ${PANEL_PAGE_BUDGET})`,
    );
    expect(total).toBeLessThanOrEqual(PANEL_PAGE_BUDGET);
    for (const code of scripts.values()) expect(code).not.toContain('cn-dashboard');
  });

  test('the dashboard page is checked by the same walk (it does load cn-dashboard)', () => {
    const scripts = pageScripts('dashboard/index.html');
    expect([...scripts.values()].some((code) => code.includes('cn-dashboard'))).toBe(true);
  });

  test(`the VS Code debrief webview bundle is at most ${WEBVIEW_BUDGET} bytes, without the dashboard or the observation panel`, async () => {
    const result = await build({ ...webviewBuild, minify: true, write: false, logLevel: 'silent' });
    const code = result.outputFiles?.[0]?.text ?? '';
    const total = Buffer.byteLength(code);
    console.log(`VS Code webview: ${total} bytes (budget ${WEBVIEW_BUDGET})`);
    expect(total).toBeLessThanOrEqual(WEBVIEW_BUDGET);
    expect(code).not.toContain('cn-dashboard');
    expect(code).not.toContain('cn-observation-panel');
    expect(code).toContain('cn-debrief');
  }, 60_000);

  test(`the VS Code "Debrief with Coachee" webview bundle is at most ${COACHEE_WEBVIEW_BUDGET} bytes, with no other view and no store`, async () => {
    const result = await build({
      ...coacheeWebviewBuild,
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles?.[0]?.text ?? '';
    const total = Buffer.byteLength(code);
    console.log(`VS Code coachee webview: ${total} bytes (budget ${COACHEE_WEBVIEW_BUDGET})`);
    expect(total).toBeLessThanOrEqual(COACHEE_WEBVIEW_BUDGET);
    for (const other of ['cn-dashboard', 'cn-observation-panel', '"cn-debrief"', 'indexedDB'])
      expect(code, other).not.toContain(other);
    expect(code).toContain('cn-coachee-debrief');
  }, 60_000);
});
