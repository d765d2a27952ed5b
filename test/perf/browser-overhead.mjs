#!/usr/bin/env node
/* global chrome -- evaluated inside the browser, in extension frames and pages */
// Benchmark: what the browser extension costs a heavy call page, against a "null extension"
// (MV3, one empty content script on the same host) built in the same run. Prints figures; asserts
// nothing. Run: node test/perf/browser-overhead.mjs [rounds]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = Number(process.argv[2] ?? 3);
const IDLE_MS = 5_000;
const TYPED = 'the coach writes a longer note about the call while it runs '.repeat(3);
const HOST = 'https://meet.google.com/hvy-abcd-efg';

execFileSync('node', ['scripts/build.mjs', '--if-stale'], {
  cwd: join(root, 'extension-browser'),
  stdio: 'inherit',
});
const realDir = join(root, 'extension-browser/dist/chrome');
const nullDir = mkdtempSync(join(tmpdir(), 'cn-null-extension-'));
writeFileSync(join(nullDir, 'empty.js'), '');
writeFileSync(
  join(nullDir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'Null extension',
    version: '1.0.0',
    content_scripts: [
      { matches: ['https://meet.google.com/*'], js: ['empty.js'], run_at: 'document_idle' },
    ],
  }),
);
const heavy = readFileSync(join(root, 'test/fixtures/sites/heavy.html'), 'utf8');

/** Chromium's id for an unpacked extension: sha256 of its path, first 32 hex digits mapped to a–p. */
const extensionIdOf = (dir) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const p95 = (xs) =>
  xs.length
    ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]
    : NaN;

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function measure(name, dir) {
  const profile = mkdtempSync(join(tmpdir(), 'cn-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs({ headless: true, extensionDir: dir }),
  });
  try {
    await ctx.route('https://meet.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: heavy }),
    );
    const page = await ctx.newPage();
    await page.goto(HOST);
    await page.waitForTimeout(2_000);
    // A fresh profile opens the first-run help in a tab of its own: the call page must be the
    // tab in front, or Chromium throttles it like any background tab.
    for (const other of ctx.pages()) if (other !== page) await other.close();
    await page.bringToFront();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const out = { name };

    // 1. Page idle, panel closed.
    await page.evaluate(() => (window.__longTasks.length = 0));
    let t0 = await taskSeconds(cdp);
    await page.waitForTimeout(IDLE_MS);
    out.idleCpu = (await taskSeconds(cdp)) - t0;
    const longTasks = await page.evaluate(() => window.__longTasks.slice());
    out.longTasks = longTasks.length;
    out.longTaskMs = longTasks.reduce((a, b) => a + b, 0);

    // 2. Typing into the page's own input, panel closed.
    await page.click('#chat');
    await page.evaluate(() => (window.__keyDelays.length = 0));
    t0 = await taskSeconds(cdp);
    await page.keyboard.type(TYPED, { delay: 25 });
    await page.waitForTimeout(300);
    out.typingCpu = (await taskSeconds(cdp)) - t0;
    const delays = await page.evaluate(() => window.__keyDelays.slice());
    out.keyDelayMedian = median(delays);
    out.keyDelayP95 = p95(delays);

    if (dir === realDir) {
      // An extension page has the tabs API (and wakes the worker if Chromium stopped it).
      const extensionPage = await ctx.newPage();
      await extensionPage.goto(`chrome-extension://${extensionIdOf(realDir)}/popup/index.html`);
      await extensionPage.evaluate(async (url) => {
        for (const tab of await chrome.tabs.query({})) {
          const context = await chrome.tabs
            .sendMessage(tab.id, { type: 'context:get' }, { frameId: 0 })
            .catch(() => undefined);
          if (context?.url === url)
            await chrome.tabs.sendMessage(tab.id, { type: 'overlay:show' }, { frameId: 0 });
        }
      }, page.url());
      await extensionPage.close();
      await page.bringToFront();
      let frame;
      for (let i = 0; i < 100 && !frame; i++) {
        frame = page.frames().find((f) => f.url().includes('panel/index.html?mode=overlay'));
        if (!frame) await page.waitForTimeout(100);
      }
      await frame.waitForLoadState('load');
      await page.waitForTimeout(1_500);
      const frameCdp = await ctx.newCDPSession(frame).catch(() => undefined);
      if (frameCdp) await frameCdp.send('Performance.enable');

      // 3. Panel open, idle: the page's own cost with the overlay shown.
      await page.evaluate(() => (window.__longTasks.length = 0));
      t0 = await taskSeconds(cdp);
      await page.waitForTimeout(IDLE_MS);
      out.openIdleCpu = (await taskSeconds(cdp)) - t0;
      out.openLongTasks = (await page.evaluate(() => window.__longTasks.slice())).length;

      // 4. Typing into the panel: page renderer + panel frame CPU.
      const field = frame.locator('textarea:visible, input:visible').first();
      if (await field.count()) {
        await field.click();
        t0 = await taskSeconds(cdp);
        const f0 = frameCdp ? await taskSeconds(frameCdp) : 0;
        await page.keyboard.type(TYPED, { delay: 25 });
        await page.waitForTimeout(300);
        out.panelTypingPageCpu = (await taskSeconds(cdp)) - t0;
        out.panelTypingFrameCpu = frameCdp ? (await taskSeconds(frameCdp)) - f0 : NaN;
      }

      // 5. Keystroke → IndexedDB commit on the overlay's store path (port → background → IndexedDB).
      out.commitMs = await frame.evaluate(async () => {
        const port = chrome.runtime.connect({ name: 'coaching-notes-store' });
        const waiting = new Map();
        port.onMessage.addListener((m) => m.id !== undefined && waiting.get(m.id)?.(m));
        const times = [];
        const now = new Date().toISOString();
        for (let i = 1; i <= 40; i++) {
          const record = {
            type: 'person',
            id: `0190f0a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
            rev: { bench: i },
            createdAt: now,
            updatedAt: now,
            updatedBy: 'bench',
            displayName: 'x'.repeat(i),
          };
          const t = performance.now();
          await new Promise((resolve) => {
            waiting.set(i, resolve);
            port.postMessage({ id: i, method: 'put', args: [record] });
          });
          times.push(performance.now() - t);
        }
        port.disconnect();
        return times;
      });
    }
    return out;
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const results = { null: [], real: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['null', 'real'] : ['real', 'null'];
  for (const variant of order)
    results[variant].push(await measure(variant, variant === 'null' ? nullDir : realDir));
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
rmSync(nullDir, { recursive: true, force: true });

const pick = (variant, key) =>
  median(results[variant].map((r) => r[key]).filter((v) => Number.isFinite(v)));
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const signed = (x, format) => (x < 0 ? '-' : '+') + format(Math.abs(x));
/** The extension's figure against the null extension's, as a ratio (1.02 = 2% added). */
const ratio = (key, nullKey = key) =>
  `ratio ${(pick('real', key) / pick('null', nullKey)).toFixed(3)}`;
const rows = [
  [
    'CPU, page idle 5 s, panel closed',
    ms(pick('null', 'idleCpu')),
    ms(pick('real', 'idleCpu')),
    `${signed(pick('real', 'idleCpu') - pick('null', 'idleCpu'), ms)}, ${ratio('idleCpu')}`,
  ],
  [
    'long tasks in 5 s, panel closed',
    pick('null', 'longTasks'),
    pick('real', 'longTasks'),
    signed(pick('real', 'longTasks') - pick('null', 'longTasks'), String),
  ],
  [
    'CPU typing 180 chars in page input',
    ms(pick('null', 'typingCpu')),
    ms(pick('real', 'typingCpu')),
    `${signed(pick('real', 'typingCpu') - pick('null', 'typingCpu'), ms)}, ${ratio('typingCpu')}`,
  ],
  [
    'key → next frame, median',
    `${pick('null', 'keyDelayMedian').toFixed(1)} ms`,
    `${pick('real', 'keyDelayMedian').toFixed(1)} ms`,
    `ratio ${(pick('real', 'keyDelayMedian') / pick('null', 'keyDelayMedian')).toFixed(2)}`,
  ],
  [
    'key → next frame, p95',
    `${pick('null', 'keyDelayP95').toFixed(1)} ms`,
    `${pick('real', 'keyDelayP95').toFixed(1)} ms`,
    `ratio ${(pick('real', 'keyDelayP95') / pick('null', 'keyDelayP95')).toFixed(2)}`,
  ],
  [
    'CPU page idle 5 s, panel OPEN (page renderer)',
    ms(pick('null', 'idleCpu')),
    ms(pick('real', 'openIdleCpu')),
    signed(pick('real', 'openIdleCpu') - pick('null', 'idleCpu'), ms),
  ],
  ['long tasks in 5 s, panel OPEN', pick('null', 'longTasks'), pick('real', 'openLongTasks'), ''],
  [
    'typing 180 chars in the panel: page CPU / panel CPU',
    '',
    `${ms(pick('real', 'panelTypingPageCpu'))} / ${ms(pick('real', 'panelTypingFrameCpu'))}`,
    '',
  ],
];
const commits = results.real.flatMap((r) => r.commitMs ?? []);
rows.push([
  'store write → IndexedDB commit (overlay path), median / p95',
  '',
  `${median(commits).toFixed(1)} / ${p95(commits).toFixed(1)} ms`,
  '',
]);
console.log(
  `\nbrowser-overhead: heavy fixture (${HOST}), ${ROUNDS} rounds, medians; null = empty MV3 content script\n`,
);
console.log(['measure', 'null extension', 'coaching notes', 'added'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
