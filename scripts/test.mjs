#!/usr/bin/env node
// `npm test`: the fast projects first (unit in Node, browser in Chromium), then the end-to-end
// project on its own, so the browsers and code-server it drives do not compete with the rest
// of the suite for the machine's two cores. With arguments, runs vitest with those alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const args = process.argv.slice(2);
if (args.length > 0) {
  process.exit(
    spawnSync(process.execPath, [vitest, 'run', ...args], { stdio: 'inherit' }).status ?? 1,
  );
}

const phases = [
  ['--project', 'unit', '--project', 'browser', '--project', 'browser-isolated'],
  ['--project', 'e2e'],
];
const reports = mkdtempSync(join(tmpdir(), 'coaching-notes-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
phases.forEach((projects, index) => {
  const outputFile = join(reports, `phase-${index}.json`);
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      ...projects,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) ok = false;
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    ok = false;
    console.error(`test: no report from vitest for ${projects.join(' ')}`);
  }
});
rmSync(reports, { recursive: true, force: true });
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
