#!/usr/bin/env node
/**
 * Benchmark of the shared file: export and merge of 10k and 100k observations, as ratios
 * against JSON.stringify / JSON.parse of the same records measured in the same run, plus the
 * growth factor from 10k to 100k. Prints figures; asserts nothing.
 *
 *   node test/perf/exchange.bench.mjs          (suggested npm script: "bench:exchange")
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = await build({
  stdin: {
    contents: `export * from './shared/src/exchange';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const exchange = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
const { mergeIntoSharedFile, mergeRecordSets, parseSharedFile } = exchange;

const SESSION = '0192f000-0000-7000-8000-000000000001';
const TEXTS = [
  'Opent met het doel van het gesprek en vraagt of dat ook het doel van de klant is.',
  'Bij de prijsvraag meteen drie minuten uitleg; vraag eerst naar het budget.',
  'Vat de afspraken samen en spreekt een datum af voor de offerte.',
  'Writes the failing test first, then the smallest change that makes it pass.',
];

function id(n) {
  const hex = n.toString(16).padStart(12, '0');
  return `0192f000-0000-7000-8000-${hex}`;
}

function observations(count, actor = 'a1b2c3d4e5f60718') {
  const start = Date.UTC(2026, 9, 1, 9, 0);
  return Array.from({ length: count }, (_, n) => {
    const at = new Date(start + n * 60_000).toISOString();
    return {
      type: 'observation',
      id: id(n + 16),
      createdAt: at,
      updatedAt: at,
      rev: { [actor]: 1 },
      sessionId: SESSION,
      coacheeIds: ['0192f000-0000-7000-8000-000000000002'],
      kind: n % 3 === 0 ? 'tip' : 'top',
      text: `${TEXTS[n % TEXTS.length]} (${n})`,
      at,
      offsetMs: (n % 3600) * 1000,
      visibility: 'shared',
    };
  });
}

/** Another coach's copy: 10% edited concurrently, 10% edited after ours, 10% new notes. */
function otherCopy(mine) {
  const theirs = mine.map((record, n) => {
    if (n % 10 === 0)
      return {
        ...record,
        text: `${record.text} — bijgewerkt`,
        updatedAt: '2026-12-01T10:00:00.000Z',
        rev: { '9f8e7d6c5b4a3921': 1 },
      };
    if (n % 10 === 1)
      return {
        ...record,
        text: `${record.text} (aangevuld)`,
        updatedAt: '2026-12-01T11:00:00.000Z',
        rev: { ...record.rev, '9f8e7d6c5b4a3921': 1 },
      };
    return record;
  });
  const extra = observations(Math.floor(mine.length / 10), '9f8e7d6c5b4a3921').map((r, n) => ({
    ...r,
    id: id(10_000_000 + n),
  }));
  return [...theirs, ...extra];
}

/**
 * Median wall time and median CPU time (this process, all its threads: GC included) in ms of
 * `runs` calls, after one warm-up call. CPU time is what the work costs whatever else the
 * machine runs; wall time is what a person waits on a quiet machine.
 */
function time(fn, runs) {
  fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e3);
  }
  const median = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

function measure(count) {
  const runs = count > 50_000 ? 3 : 7;
  const mine = observations(count);
  const theirs = otherCopy(mine);
  const json = JSON.stringify(mine);
  const file = mergeIntoSharedFile(undefined, mine);
  const theirFile = mergeIntoSharedFile(undefined, theirs);
  const stringify = time(() => JSON.stringify(mine), runs);
  const parse = time(() => JSON.parse(json), runs);
  return {
    count,
    stringify,
    parse,
    'export (new file)': time(() => mergeIntoSharedFile(undefined, mine), runs),
    'export into existing file': time(() => mergeIntoSharedFile(theirFile, mine), runs),
    'read (parse + validate)': time(() => parseSharedFile(file), runs),
    'merge two copies (records)': time(() => mergeRecordSets([mine, theirs]), runs),
    bytes: file.length,
  };
}

const small = measure(10_000);
const large = measure(100_000);
const ops = Object.keys(small).filter((k) => !['count', 'stringify', 'parse', 'bytes'].includes(k));
const baseline = (op) => (op.startsWith('read') || op.startsWith('merge') ? 'parse' : 'stringify');
const ratio = (m, op, kind) => m[op][kind] / m[baseline(op)][kind];

console.log(
  `node ${process.version}; median of runs; ratios against JSON.${'{stringify|parse}'} of the same records`,
);
console.log(
  `file size: 10k ${(small.bytes / 1e6).toFixed(1)} MB, 100k ${(large.bytes / 1e6).toFixed(1)} MB`,
);
for (const base of ['stringify', 'parse']) {
  console.log(
    `baseline JSON.${base.padEnd(9)} 10k ${small[base].wall.toFixed(1)} ms, 100k ${large[base].wall.toFixed(1)} ms` +
      ` (CPU ${small[base].cpu.toFixed(1)} / ${large[base].cpu.toFixed(1)} ms)`,
  );
}
console.log('');
console.log(
  'operation                    | vs      | 10k ms  | ratio | 100k ms  | ratio | CPU ratio 10k, 100k | growth 10k→100k',
);
for (const op of ops) {
  const base = baseline(op);
  const row = [
    op.padEnd(28),
    `JSON.${base}`.padEnd(7).slice(0, 7),
    small[op].wall.toFixed(1).padStart(7),
    `${ratio(small, op, 'wall').toFixed(1)}x`.padStart(5),
    large[op].wall.toFixed(1).padStart(8),
    `${ratio(large, op, 'wall').toFixed(1)}x`.padStart(5),
    `${ratio(small, op, 'cpu').toFixed(1)}x, ${ratio(large, op, 'cpu').toFixed(1)}x`.padEnd(19),
    `${(large[op].wall / small[op].wall).toFixed(1)}x (JSON: ${(large[base].wall / small[base].wall).toFixed(1)}x)`,
  ];
  console.log(row.join(' | '));
}
const op = 'export into existing file';
console.log('');
console.log(
  `export into an existing file at 100k: ${ratio(large, op, 'wall').toFixed(1)}x JSON.stringify ` +
    `(CPU time: ${ratio(large, op, 'cpu').toFixed(1)}x; target: at most 10x)`,
);
