#!/usr/bin/env node
// Dashboard scale benchmark (a script, not a test): five years × 50 coachees in real Chromium's
// IndexedDB, then the first view and searches, each against a plain-IndexedDB baseline measured
// in the same run. Usage: node test/perf/dashboard-scale.mjs [--scale=0.2] [--runs=15]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const scale = arg('scale', 1);
const runs = arg('runs', 15);
const QUERIES = [
  'klantgesprek',
  'reeel',
  'bezwaar prijs',
  'onderh',
  'cafe',
  'vertrouwen notulen demo',
];

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95) };
};
const f = (ms) => `${ms.toFixed(1)} ms`;

// A page on 127.0.0.1 that loads the benchmark module through Vite (same modules as the dashboard).
const server = await createServer({
  root,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, strictPort: false },
  plugins: [
    {
      name: 'bench-page',
      configureServer(s) {
        s.middlewares.use((req, res, next) => {
          if (req.url !== '/' && req.url !== '/index.html') return next();
          res.setHeader('content-type', 'text/html');
          res.end(
            '<!doctype html><html lang="en"><body><script type="module" src="/test/perf/dashboard-scale-page.ts"></script></body></html>',
          );
        });
      },
    },
  ],
});
await server.listen();
const url = server.resolvedUrls.local[0];
const profile = mkdtempSync(join(tmpdir(), 'cn-bench-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs({ headless: true }),
});
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(0);
  await page.goto(url);
  await page.waitForFunction(() => 'dashboardBench' in window, undefined, { timeout: 60_000 });
  console.log(`dashboard-scale: filling IndexedDB (scale ${scale}) …`);
  const counts = await page.evaluate((s) => window.dashboardBench.fill(s), scale);
  console.log(
    `records: ${counts.person} people, ${counts.track} tracks, ${counts.goal} goals, ${counts.session} sessions, ` +
      `${counts.observation} observations, ${counts.action} actions`,
  );
  console.log(
    `fill (putMany, 5000 a batch): ${(counts.fillMs / 1000).toFixed(1)} s; search index build: ${(counts.indexMs / 1000).toFixed(1)} s for ${counts.docs} documents`,
  );

  const firstView = [];
  const getAll = [];
  for (let i = 0; i < runs; i++) {
    firstView.push(await page.evaluate(() => window.dashboardBench.firstView()));
    getAll.push((await page.evaluate(() => window.dashboardBench.baselineGetAll())).ms);
  }
  const fv = stats(firstView);
  const ga = stats(getAll);
  console.log(`\nfirst view (people + tracks + first person's sessions and goals, rendered):`);
  console.log(`  median ${f(fv.median)}, p95 ${f(fv.p95)}`);
  console.log(
    `  baseline getAll of all records: median ${f(ga.median)}, p95 ${f(ga.p95)}  → first view takes ${(fv.median / ga.median).toFixed(3)}× the baseline`,
  );

  console.log(
    `\nsearch (index answer / with the top 20 sessions read for display), ${runs} runs each:`,
  );
  for (const q of QUERIES) {
    const idx = [];
    const total = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate((query) => window.dashboardBench.search(query), q);
      idx.push(r.indexMs);
      total.push(r.totalMs);
      hits = r.hits;
    }
    const a = stats(idx);
    const b = stats(total);
    console.log(
      `  "${q}": ${hits} sessions; index median ${f(a.median)} p95 ${f(a.p95)}; shown median ${f(b.median)} p95 ${f(b.p95)}`,
    );
  }
  const scans = [];
  for (let i = 0; i < Math.min(runs, 5); i++)
    scans.push((await page.evaluate(() => window.dashboardBench.baselineScan('klantgesprek'))).ms);
  const sc = stats(scans);
  console.log(
    `  baseline (getAll + includes over every record): median ${f(sc.median)}, p95 ${f(sc.p95)}`,
  );
} finally {
  await ctx.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
