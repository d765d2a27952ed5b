#!/usr/bin/env node
/* global chrome -- evaluated inside the browser, in extension frames and pages */
// Benchmark: what the browser extension costs a heavy call page, against a "null extension"
// (MV3, one empty content script) built in the same run. Prints figures; asserts nothing.
// Run: node test/perf/browser-overhead.mjs [rounds] [--extension <built chrome dir>] (another
// build, e.g. one from before a change, copied aside; by default this checkout's, built if stale).
//
// Each round is one Chromium with both extensions and two windows side by side: the call page
// (meet.google.com, where our loader runs) and its twin on a host only the null extension
// matches, the same heavy page. Both are measured over the same seconds and typed into at the same
// time, so whatever else loads the machine in that moment loads both sides of the ratio (runs one
// after the other differed by ±20% on a busy machine). CPU is thread time (CDP Performance in
// `threadTicks`), not the wall time of tasks, which would count the waits for a core. Each round
// gives one ratio per figure; the table shows their median and spread (lowest–highest). The
// windows are opened in the other order every other round.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = args.indexOf('--extension');
const otherBuild = option >= 0 ? args.splice(option, 2)[1] : undefined;
const ROUNDS = Number(args[0] ?? 4);
const IDLE_MS = 5_000;
/** Idle + typing measured this many times in each round's browser. */
const REPEATS = 2;
const TYPED = 'the coach writes a longer note about the call while it runs '.repeat(3);
const CALL = 'https://meet.google.com/hvy-abcd-efg';
/** Served the same page; no content script of ours matches it (example.org is reserved). */
const TWIN = 'https://twin.example.org/hvy-abcd-efg';

if (!otherBuild)
  execFileSync('node', ['scripts/build.mjs', '--if-stale'], {
    cwd: join(root, 'extension-browser'),
    stdio: 'inherit',
  });
const realDir = resolve(otherBuild ?? join(root, 'extension-browser/dist/chrome'));
const nullDir = mkdtempSync(join(tmpdir(), 'cn-null-extension-'));
writeFileSync(join(nullDir, 'empty.js'), '');
writeFileSync(
  join(nullDir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'Null extension',
    version: '1.0.0',
    content_scripts: [
      { matches: [`${new URL(TWIN).origin}/*`], js: ['empty.js'], run_at: 'document_idle' },
    ],
  }),
);
const heavy = readFileSync(join(root, 'test/fixtures/sites/heavy.html'), 'utf8');
/** A call page at rest (Meet's control bar and chat, nothing moving), at this path on both hosts. */
const QUIET_PATH = '/qui-etcd-efg';
const quiet = readFileSync(join(root, 'test/fixtures/sites/controls/meet.html'), 'utf8');

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

/** Runs `work` and returns the CPU each of `sessions` spent meanwhile (main thread, process). */
async function cpuDuring(sessions, work) {
  const before = await Promise.all(sessions.map(cpuSeconds));
  await work();
  const after = await Promise.all(sessions.map(cpuSeconds));
  return after.map((a, i) => ({
    main: a.main - before[i].main,
    process: a.process - before[i].process,
  }));
}

/**
 * Main-thread time the content script itself takes while `work` runs: the share of the busy CPU
 * profile samples with the extension's scripts on the stack (so the DOM calls they make count),
 * times the main thread's CPU meanwhile. Counted in samples, not in the profile's time deltas:
 * on a busy machine a delta also holds the time the thread waited for a core.
 */
async function scriptTimeDuring(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const [cpu] = await cpuDuring([cdp], work);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
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
  for (const id of profile.samples) {
    if (byNode.get(id).callFrame.functionName === '(idle)') continue;
    busy++;
    if (oursAt(id)) ours++;
  }
  const share = busy > 0 ? ours / busy : 0;
  return { ms: share * cpu.main * 1000, share };
}

/** Types into each page's focused field at once (each page gets its own key events). */
async function typeInto(pages) {
  await Promise.all(pages.map((p) => p.keyboard.type(TYPED, { delay: 25 })));
  await pages[0].waitForTimeout(300);
}

/**
 * A page in a window of its own: Chromium draws only the tab in front of each window, so two
 * tabs of one window would not be measured under the same conditions.
 */
async function pageInNewWindow(ctx, opener, url) {
  const cdp = await ctx.newCDPSession(opener);
  const opened = ctx.waitForEvent('page');
  await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
  const page = await opened;
  await page.goto(url);
  return page;
}

async function round(index) {
  const profile = mkdtempSync(join(tmpdir(), 'cn-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs({ headless: true, extensionDir: `${realDir},${nullDir}` }),
  });
  try {
    for (const url of [CALL, TWIN])
      await ctx.route(`${new URL(url).origin}/**`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: new URL(route.request().url()).pathname === QUIET_PATH ? quiet : heavy,
        }),
      );
    const opener = ctx.pages()[0] ?? (await ctx.newPage());
    const urls = index % 2 === 0 ? [CALL, TWIN] : [TWIN, CALL];
    const opened = [];
    for (const url of urls) opened.push(await pageInNewWindow(ctx, opener, url));
    const [call, twin] = urls[0] === CALL ? opened : [opened[1], opened[0]];
    // A fresh profile opens the first-run help in a tab of its own: only the two pages stay.
    await call.waitForTimeout(2_000);
    for (const other of ctx.pages())
      if (other !== call && other !== twin && other !== opener) await other.close();
    const sessions = [];
    for (const page of [call, twin]) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      sessions.push(cdp);
    }
    const both = [call, twin];
    const out = {};

    // Panel closed: both pages idle (the launcher shown on the call page), then typed into.
    out.closed = [];
    for (let rep = 0; rep < REPEATS; rep++) {
      const sample = {};
      await Promise.all(both.map((p) => p.evaluate(() => (window.__longTasks.length = 0))));
      [sample.idle, sample.twinIdle] = await cpuDuring(sessions, () =>
        call.waitForTimeout(IDLE_MS),
      );
      [sample.longTasks, sample.twinLongTasks] = await Promise.all(
        both.map((p) => p.evaluate(() => window.__longTasks.length)),
      );
      for (const page of both) await page.fill('#chat', '');
      for (const page of both) await page.click('#chat');
      await Promise.all(both.map((p) => p.evaluate(() => (window.__keyDelays.length = 0))));
      [sample.typing, sample.twinTyping] = await cpuDuring(sessions, () => typeInto(both));
      const [delays, twinDelays] = await Promise.all(
        both.map((p) => p.evaluate(() => window.__keyDelays.slice())),
      );
      Object.assign(sample, {
        keyDelayMedian: median(delays),
        keyDelayP95: p95(delays),
        twinKeyDelayMedian: median(twinDelays),
        twinKeyDelayP95: p95(twinDelays),
      });
      out.closed.push(sample);
    }

    // 3. A call page at rest: what is left of the pages' own work is mostly ours.
    for (const page of both) await page.goto(new URL(QUIET_PATH, page.url()).href);
    await call.waitForTimeout(IDLE_MS);
    [out.quietIdle, out.twinQuietIdle] = await cpuDuring(sessions, () =>
      call.waitForTimeout(IDLE_MS),
    );
    out.scriptQuietIdle = await scriptTimeDuring(sessions[0], () => call.waitForTimeout(IDLE_MS));
    for (const page of both) await page.goto(new URL(new URL(CALL).pathname, page.url()).href);
    await call.waitForTimeout(2_000);

    // 3b. The content script's own share, profiled apart from the figures above (sampling costs).
    out.scriptIdle = await scriptTimeDuring(sessions[0], () => call.waitForTimeout(IDLE_MS));
    await call.fill('#chat', '');
    out.scriptTyping = await scriptTimeDuring(sessions[0], () => typeInto([call]));

    // 4. Panel open. An extension page has the tabs API (and wakes the worker if it was stopped).
    const extensionPage = await ctx.newPage();
    await extensionPage.goto(`chrome-extension://${extensionIdOf(realDir)}/popup/index.html`);
    await extensionPage.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({ url })) {
        await chrome.tabs.sendMessage(tab.id, { type: 'overlay:show' }, { frameId: 0 });
      }
    }, CALL);
    await extensionPage.close();
    let frame;
    for (let i = 0; i < 100 && !frame; i++) {
      frame = call.frames().find((f) => f.url().includes('panel/index.html?mode=overlay'));
      if (!frame) await call.waitForTimeout(100);
    }
    await frame.waitForLoadState('load');
    await call.waitForTimeout(1_500);
    const frameCdp = await ctx.newCDPSession(frame).catch(() => undefined);
    if (frameCdp) await frameCdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    // 4a. Panel open, idle: the call page's own cost with the overlay shown.
    await Promise.all(both.map((p) => p.evaluate(() => (window.__longTasks.length = 0))));
    [out.openIdle, out.twinOpenIdle] = await cpuDuring(sessions, () =>
      call.waitForTimeout(IDLE_MS),
    );
    out.openLongTasks = await call.evaluate(() => window.__longTasks.length);

    // 4b. Typing into the panel: page renderer + panel frame CPU.
    const field = frame.locator('textarea:visible, input:visible').first();
    if (await field.count()) {
      await field.click();
      const f0 = frameCdp ? (await cpuSeconds(frameCdp)).main : 0;
      [out.panelTyping] = await cpuDuring(sessions.slice(0, 1), () => typeInto([call]));
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
const rounds = [];
for (let i = 0; i < ROUNDS; i++) {
  rounds.push(await round(i));
  process.stdout.write(`round ${i + 1}/${ROUNDS} done\n`);
}
rmSync(nullDir, { recursive: true, force: true });

/** Samples of the panel-closed phases, REPEATS per round; the rest is measured once per round. */
const closed = rounds.flatMap((r) => r.closed);
const CLOSED = /^(twin)?(idle|typing|longTasks|keyDelay)/i;
const get = (r, path) => path.split('.').reduce((o, k) => o?.[k], r);
const sourceOf = (path) => (CLOSED.test(path) ? closed : rounds);
/** A figure by path (`typing.main`) from every sample that has it. */
const pick = (path) =>
  median(
    sourceOf(path)
      .map((r) => get(r, path))
      .filter((v) => Number.isFinite(v)),
  );
/** Call page ÷ twin page per sample (1.02 = 2% added), as median (lowest–highest). */
const ratio = (path, twinPath) => {
  const rs = sourceOf(path)
    .map((r) => get(r, path) / get(r, twinPath))
    .filter((v) => Number.isFinite(v));
  return `ratio ${median(rs).toFixed(3)} (${Math.min(...rs).toFixed(3)}–${Math.max(...rs).toFixed(3)})`;
};
const ms = (s) => `${(s * 1000).toFixed(Math.abs(s) < 0.1 ? 1 : 0)} ms`;
const signed = (x, format) => (x < 0 ? '-' : '+') + format(Math.abs(x));
const cpuRow = (label, path, twinPath) => [
  label,
  ms(pick(twinPath)),
  ms(pick(path)),
  `${signed(pick(path) - pick(twinPath), ms)}, ${ratio(path, twinPath)}`,
];
const twinOf = (phase) => `twin${phase[0].toUpperCase()}${phase.slice(1)}`;
const share = (path) =>
  `${pick(`${path}.ms`).toFixed(1)} ms (${(pick(`${path}.share`) * 100).toFixed(2)}% of the busy main thread)`;
const delayRow = (label, key) => [
  label,
  `${pick(twinOf(key)).toFixed(1)} ms`,
  `${pick(key).toFixed(1)} ms`,
  ratio(key, twinOf(key)),
];
const rows = [
  cpuRow('CPU page main thread, idle 5 s, panel closed', 'idle.main', 'twinIdle.main'),
  cpuRow('CPU page process, idle 5 s, panel closed', 'idle.process', 'twinIdle.process'),
  [
    'long tasks in 5 s, panel closed',
    pick('twinLongTasks'),
    pick('longTasks'),
    signed(pick('longTasks') - pick('twinLongTasks'), String),
  ],
  cpuRow('CPU page main thread, typing 180 chars in page input', 'typing.main', 'twinTyping.main'),
  cpuRow(
    'CPU page process, typing 180 chars in page input',
    'typing.process',
    'twinTyping.process',
  ),
  delayRow('key → next frame, median', 'keyDelayMedian'),
  delayRow('key → next frame, p95', 'keyDelayP95'),
  ['content script itself (CPU profile), idle 5 s, panel closed', '', share('scriptIdle'), ''],
  ['content script itself (CPU profile), typing 180 chars', '', share('scriptTyping'), ''],
  cpuRow(
    'CPU page main thread, call page at rest, idle 5 s',
    'quietIdle.main',
    'twinQuietIdle.main',
  ),
  ['content script itself (CPU profile), call page at rest, 5 s', '', share('scriptQuietIdle'), ''],
  cpuRow('CPU page main thread idle 5 s, panel OPEN', 'openIdle.main', 'twinOpenIdle.main'),
  ['long tasks in 5 s, panel OPEN', '', pick('openLongTasks'), ''],
  [
    'typing 180 chars in the panel: page CPU / panel CPU',
    '',
    `${ms(pick('panelTyping.main'))} / ${ms(pick('panelTypingFrameCpu'))}`,
    '',
  ],
];
const commits = rounds.flatMap((r) => r.commitMs ?? []);
rows.push([
  'store write → IndexedDB commit (overlay path), median / p95',
  '',
  `${median(commits).toFixed(1)} / ${p95(commits).toFixed(1)} ms`,
  '',
]);
console.log(
  `\nbrowser-overhead: heavy fixture, ${ROUNDS} rounds (panel closed: ${closed.length} samples) in ` +
    `${((Date.now() - started) / 60_000).toFixed(1)} min; the call page (${CALL}, coaching notes) ` +
    `against its twin measured at the same time (${TWIN}, null extension = an empty MV3 content ` +
    `script); medians; CPU in thread time; load average ${loadBefore} before, ${load()} after\n`,
);
console.log(['measure', 'null extension', 'coaching notes', 'added'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
