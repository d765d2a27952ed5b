import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const BUDGET_GZIP_BYTES = 48 * 1024;

/** The "Debrief with Coachee" webview script, bundled as `extension-vscode/build.mjs` does. */
async function coacheeWebview(): Promise<string> {
  const result = await build({
    entryPoints: ['extension-vscode/src/webview/coachee-main.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

describe('the Debrief with Coachee webview stays small', () => {
  test(`its script is at most ${BUDGET_GZIP_BYTES} bytes gzipped and carries no dashboard, store or other view`, async () => {
    const script = await coacheeWebview();
    const gzipped = gzipSync(script, { level: 9 }).length;
    console.log(`coachee webview: ${script.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    for (const marker of ['cn-dashboard', 'cn-observation-panel', 'cn-debrief"', 'indexedDB'])
      expect(script, marker).not.toContain(marker);
    expect(script).toContain('cn-coachee-debrief');
  });
});
