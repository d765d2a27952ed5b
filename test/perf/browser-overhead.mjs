#!/usr/bin/env node
/* global chrome -- evaluated inside the browser, in extension frames and pages */
// Benchmark: what the browser extension costs a heavy call page, against a "null extension"
// (MV3, one empty content script on the same host) built in the same run. Prints figures; asserts
// nothing. Run: node test/perf/browser-overhead.mjs [rounds]
//
// CPU is thread time (CDP Performance in `threadTicks`), not the wall time of tasks: with other
// processes on the machine a task that waits for a core would count the wait. Rounds interleave
// the two variants (null, real; then real, null) and each round gives one ratio, so a slow minute
// of the machine weighs on both sides of that ratio; the table shows the median ratio and the
// spread (lowest–highest) over the rounds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = Number(process.argv[2] ?? 6);
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

/** CPU seconds: the renderer's main thread (tasks, in thread time) and its whole process. */
async function cpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name).value;
  return { main: value('TaskDuration'), process: value('ProcessTime') };
}

/** CPU seconds of every process of the browser (pid → seconds). */
async function processSeconds(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.map((p) => [p.id, p.cpuTime]));
}

/**
 * Runs `work` and returns the CPU it cost: the page's main thread and process, and every other
 * process of the browser (the extension's worker and pages, the browser process itself).
 */
async function cpuDuring(cdp, browserCdp, work) {
  const before = await cpuSeconds(cdp);
  const othersBefore = await processSeconds(browserCdp);
  await work();
  const after = await cpuSeconds(cdp);
  const othersAfter = await processSeconds(browserCdp);
  let all = 0;
  for (const [pid, seconds] of othersAfter) all += seconds - (othersBefore.get(pid) ?? 0);
  const pageProcess = after.process - before.process;
  return { main: after.main - before.main, process: pageProcess, others: all - pageProcess };
}

/**
 * Main-thread time the content script itself takes (V8 CPU profile samples in the extension's
 * scripts, the DOM calls they make included), while `work` runs; with the share of all samples
 * that were not idle.
 */
async function scriptTimeDuring(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  // A sample is ours when any frame on its stack is (a builtin called from our code is too).
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const isOurs = new Map();
  const oursAt = (id) => {
    if (id === undefined) return false;
    if (!isOurs.has(id))
      isOurs.set(
        id,
        byNode.get(id).callFrame.url.startsWith('chrome-extension://') || oursAt(parent.get(id)),
      );
    return isOurs.get(id);
  };
  let ours = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    // A sample stands for the time until the next one.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (byNode.get(id).callFrame.functionName === '(idle)') return;
    busy += dt;
    if (oursAt(id)) ours += dt;
  });
  return { ms: ours, share: busy > 0 ? ours / busy : 0 };
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
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const browserCdp = await ctx.browser().newBrowserCDPSession();
    const out = { name };

    // 1. Page idle, panel closed (the launcher shown).
    await page.evaluate(() => (window.__longTasks.length = 0));
    out.idle = await cpuDuring(cdp, browserCdp, () => page.waitForTimeout(IDLE_MS));
    const longTasks = await page.evaluate(() => window.__longTasks.slice());
    out.longTasks = longTasks.length;

    // 2. Typing into the page's own input, panel closed.
    await page.click('#chat');
    await page.evaluate(() => (window.__keyDelays.length = 0));
    out.typing = await cpuDuring(cdp, browserCdp, async () => {
      await page.keyboard.type(TYPED, { delay: 25 });
      await page.waitForTimeout(300);
    });
    const delays = await page.evaluate(() => window.__keyDelays.slice());
    out.keyDelayMedian = median(delays);
    out.keyDelayP95 = p95(delays);

    if (dir === realDir) {
      // The content script's own share, profiled apart from the figures above (sampling costs).
      out.scriptIdle = await scriptTimeDuring(cdp, () => page.waitForTimeout(IDLE_MS));
      await page.fill('#chat', '');
      out.scriptTyping = await scriptTimeDuring(cdp, async () => {
        await page.keyboard.type(TYPED, { delay: 25 });
        await page.waitForTimeout(300);
      });

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
      if (frameCdp) await frameCdp.send('Performance.enable', { timeDomain: 'threadTicks' });

      // 3. Panel open, idle: the page's own cost with the overlay shown.
      await page.evaluate(() => (window.__longTasks.length = 0));
      out.openIdle = await cpuDuring(cdp, browserCdp, () => page.waitForTimeout(IDLE_MS));
      out.openLongTasks = (await page.evaluate(() => window.__longTasks.slice())).length;

      // 4. Typing into the panel: page renderer + panel frame CPU.
      const field = frame.locator('textarea:visible, input:visible').first();
      if (await field.count()) {
        await field.click();
        const f0 = frameCdp ? (await cpuSeconds(frameCdp)).main : 0;
        out.panelTyping = await cpuDuring(cdp, browserCdp, async () => {
          await page.keyboard.type(TYPED, { delay: 25 });
          await page.waitForTimeout(300);
        });
        out.panelTypingFrameCpu = frameCdp ? (await cpuSeconds(frameCdp)).main - f0 : NaN;
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

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadBefore = load();
const started = Date.now();
/** One entry per round: the null and the real extension, measured back to back. */
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['null', 'real'] : ['real', 'null'];
  const pair = {};
  for (const variant of order)
    pair[variant] = await measure(variant, variant === 'null' ? nullDir : realDir);
  rounds.push(pair);
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
rmSync(nullDir, { recursive: true, force: true });

/** A figure by path (`typing.main`) from every round's run of `variant`. */
const values = (variant, path) =>
  rounds
    .map((r) => path.split('.').reduce((o, k) => o?.[k], r[variant]))
    .filter((v) => Number.isFinite(v));
const pick = (variant, path) => median(values(variant, path));
/** Real ÷ null per round, for the rounds where both have the figure. */
const ratios = (path, nullPath = path) =>
  rounds
    .map((r) => {
      const get = (o, p) => p.split('.').reduce((x, k) => x?.[k], o);
      return get(r.real, path) / get(r.null, nullPath);
    })
    .filter((v) => Number.isFinite(v));
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const signed = (x, format) => (x < 0 ? '-' : '+') + format(Math.abs(x));
/** The extension's figure against the null extension's: median ratio (1.02 = 2% added) and spread. */
const ratio = (path, nullPath = path) => {
  const rs = ratios(path, nullPath);
  return `ratio ${median(rs).toFixed(3)} (${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)})`;
};
const cpuRow = (label, path, nullPath = path) => [
  label,
  ms(pick('null', nullPath)),
  ms(pick('real', path)),
  `${signed(pick('real', path) - pick('null', nullPath), ms)}, ${ratio(path, nullPath)}`,
];
const share = (path) =>
  `${pick('real', `${path}.ms`).toFixed(1)} ms (${(pick('real', `${path}.share`) * 100).toFixed(2)}% of the busy main thread)`;
const rows = [
  cpuRow('CPU page main thread, idle 5 s, panel closed', 'idle.main'),
  cpuRow('CPU page process, idle 5 s, panel closed', 'idle.process'),
  cpuRow('CPU rest of the browser, idle 5 s, panel closed', 'idle.others'),
  [
    'long tasks in 5 s, panel closed',
    pick('null', 'longTasks'),
    pick('real', 'longTasks'),
    signed(pick('real', 'longTasks') - pick('null', 'longTasks'), String),
  ],
  cpuRow('CPU page main thread, typing 180 chars in page input', 'typing.main'),
  cpuRow('CPU page process, typing 180 chars in page input', 'typing.process'),
  cpuRow('CPU rest of the browser, typing 180 chars', 'typing.others'),
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
  ['content script itself (CPU profile), idle 5 s, panel closed', '', share('scriptIdle'), ''],
  ['content script itself (CPU profile), typing 180 chars', '', share('scriptTyping'), ''],
  cpuRow('CPU page main thread idle 5 s, panel OPEN', 'openIdle.main', 'idle.main'),
  ['long tasks in 5 s, panel OPEN', pick('null', 'longTasks'), pick('real', 'openLongTasks'), ''],
  [
    'typing 180 chars in the panel: page CPU / panel CPU',
    '',
    `${ms(pick('real', 'panelTyping.main'))} / ${ms(pick('real', 'panelTypingFrameCpu'))}`,
    '',
  ],
];
const commits = rounds.flatMap((r) => r.real.commitMs ?? []);
rows.push([
  'store write → IndexedDB commit (overlay path), median / p95',
  '',
  `${median(commits).toFixed(1)} / ${p95(commits).toFixed(1)} ms`,
  '',
]);
console.log(
  `\nbrowser-overhead: heavy fixture (${HOST}), ${ROUNDS} interleaved rounds in ` +
    `${((Date.now() - started) / 60_000).toFixed(1)} min; medians, ratios per round as median ` +
    `(lowest–highest); CPU in thread time; null = empty MV3 content script; load average ` +
    `${loadBefore} before, ${load()} after\n`,
);
console.log(['measure', 'null extension', 'coaching notes', 'added'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
