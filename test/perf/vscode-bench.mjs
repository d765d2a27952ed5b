// Benchmark of the VS Code extension (prints figures; never fails on timing).
//   node test/perf/vscode-bench.mjs        (after `npm run build`)
// 1. Activation: load dist/extension.js and run activate() against a stand-in `vscode` module,
//    with an empty store and with stores of 1k and 10k notes (activation does not wait for the
//    store; the time until the 10k notes are loaded is printed beside it); baselines: loading
//    a trivial module and JSON.parse of the same store file.
// 2. One decoration update on a 10k-line file with 1k notes: following one edit (applyChanges),
//    building the decorations (decorationsByIcon), and re-anchoring every note after the file
//    changed on disk (indexText + reanchor). Baselines: structuredClone of the 1k ranges, and
//    splitting the 10k-line text into lines.
// 3. Note save on the append-only log store (LogStore + the Node file adapter, flushed to
//    disk): p95 of 200 saves on stores of 1k, 10k and 100k records, as ratios to the 1k
//    figure and to a bare append + datasync of a line of the same size; and one compaction.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = await mkdtemp(path.join(tmpdir(), 'cn-vscode-bench-'));
const require = createRequire(import.meta.url);

/** Median of `runs` timings of `fn`, in milliseconds. */
function time(fn, runs = 30) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
const ms = (value) => `${value.toFixed(3)} ms`;
const ratio = (value, base) => `${(value / base).toFixed(1)}×`;

// The pure modules, bundled as they are shipped.
const pure = path.join(work, 'pure.mjs');
await build({
  stdin: {
    contents: `export * from './extension-vscode/src/anchors';
      export * from './extension-vscode/src/views/decoration-model';
      export { nodeLogFileIo } from './extension-vscode/src/storage/node-store-io';
      export { createObservation, createPerson, createSession, createTrack, startSession,
        pairProgrammingSession, serializeSharedFile, LogStore, createMemoryStore }
        from '@coaching-notes/shared';`,
    resolveDir: repo,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: pure,
  // proper-lockfile (under writeFileAtomic) is CommonJS: give the ESM bundle a require.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'error',
});
const lib = await import(pathToFileURL(pure).href);

// A 10k-line file and 1k notes spread over it.
const LINES = 10_000;
const NOTES = 1_000;
const lines = Array.from(
  { length: LINES },
  (_, i) => `  const value${i} = compute(${i % 97}, "${i}");`,
);
const text = lines.join('\n');
const kinds = ['top', 'tip', 'question', 'fact'];
const notes = Array.from({ length: NOTES }, (_, i) => {
  const line = i * 10 + 5;
  const range = {
    startLine: line,
    startCharacter: 0,
    endLine: line,
    endCharacter: lines[line].length,
  };
  return {
    id: `n${i}`,
    kind: kinds[i % 4],
    text: `Note ${i}: named the value after what it means`,
    offsetMs: i * 1000,
    range,
    detached: false,
    shared: false,
    fingerprint: lib.fingerprintOf(lines, range),
  };
});
const oneEdit = [
  { range: { startLine: 2, startCharacter: 0, endLine: 2, endCharacter: 0 }, text: '// x\n' },
];
const labels = { head: (note) => `${note.kind} · ${note.offsetMs}`, hiddenPrivate: 'hidden' };

const followEdit = time(() => {
  for (const note of notes) lib.applyChanges(note.range, oneEdit);
});
const decorations = time(() => lib.decorationsByIcon(notes, LINES, labels, true));
const shifted = `// new header\n// second line\n${text}`;
const reanchorAll = time(() => {
  const index = lib.indexText(shifted);
  for (const note of notes) lib.reanchor(note.range, note.fingerprint, index);
}, 10);
const cloneBaseline = time(() => structuredClone(notes.map((n) => n.range)));
const splitBaseline = time(() => shifted.split('\n'), 10);

// Activation against a stand-in `vscode` module: every API is a no-op proxy.
function stub() {
  const handler = {
    get(_target, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => '';
      return proxy;
    },
    set: () => true,
    apply: () => proxy,
    construct: () => proxy,
  };
  const proxy = new Proxy(function () {}, handler);
  // The bundle copies the module's own keys (esbuild's ESM interop), so name the namespaces.
  const names = [
    'commands',
    'env',
    'l10n',
    'languages',
    'window',
    'workspace',
    'Uri',
    'Range',
    'Selection',
    'Diagnostic',
    'DiagnosticSeverity',
    'EventEmitter',
    'FileSystemError',
    'FileType',
    'MarkdownString',
    'OverviewRulerLane',
    'StatusBarAlignment',
    'TextEditorRevealType',
    'ThemeColor',
    'ThemeIcon',
    'TreeItem',
    'TreeItemCollapsibleState',
    'ViewColumn',
  ];
  return Object.fromEntries(names.map((name) => [name, proxy]));
}
const Module = require('node:module');
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub() : originalLoad.call(this, request, ...rest);
};
const memento = () => {
  const map = new Map();
  return {
    get: (k, d) => (map.has(k) ? map.get(k) : d),
    update: async (k, v) => void map.set(k, v),
    keys: () => [...map.keys()],
  };
};
const extensionFile = path.join(repo, 'extension-vscode/dist/extension.js');
async function activation(storeText) {
  const storage = await mkdtemp(path.join(work, 'storage-'));
  if (storeText) await writeFile(path.join(storage, 'notes.coaching.jsonl'), storeText);
  delete require.cache[extensionFile];
  const start = performance.now();
  const extension = require(extensionFile);
  const context = {
    subscriptions: [],
    globalState: memento(),
    workspaceState: memento(),
    globalStorageUri: { fsPath: storage },
    extensionUri: { fsPath: path.join(repo, 'extension-vscode') },
  };
  await extension.activate(context);
  const elapsed = performance.now() - start;
  await extension.deactivate();
  return elapsed;
}
async function medianOf(runs, fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

// A store with 1k notes on one pairing session.
const ctx = { actor: 'bench0000bench00', now: new Date('2026-11-22T09:00:00Z') };
const person = lib.createPerson({ displayName: 'Sam' }, ctx);
const track = lib.createTrack(
  { kind: 'pair-programming', title: 'Bench', coacheeIds: [person.id], coachIds: [] },
  ctx,
);
const session = lib.startSession(
  lib.createSession({ template: lib.pairProgrammingSession, track }, ctx),
  ctx,
);
const observations = notes.map((note) =>
  lib.createObservation(
    session,
    {
      kind: note.kind,
      text: note.text,
      anchor: {
        kind: 'code',
        file: 'src/big.ts',
        range: note.range,
        fingerprint: note.fingerprint,
      },
    },
    ctx,
  ),
);
const storeText = lib.serializeSharedFile([person, track, session, ...observations]);
const tenThousand = Array.from({ length: 10 }, (_, round) =>
  observations.map((o) =>
    lib.createObservation(
      session,
      { kind: o.kind, text: `${o.text} ${round}`, anchor: o.anchor },
      ctx,
    ),
  ),
).flat();
const storeText10k = lib.serializeSharedFile([person, track, session, ...tenThousand]);
const trivial = path.join(work, 'trivial.cjs');
await writeFile(trivial, 'module.exports = { activate() {} };');

const activateEmpty = await medianOf(7, () => activation(undefined));
const activateFull = await medianOf(7, () => activation(storeText));
const activate10k = await medianOf(7, () => activation(storeText10k));
const loaded10k = await medianOf(3, async () => {
  const file = path.join(work, 'loaded-10k.coaching.jsonl');
  await writeFile(file, storeText10k);
  const start = performance.now();
  const store = await lib.LogStore.open(lib.createMemoryStore(), lib.nodeLogFileIo(file));
  const elapsed = performance.now() - start;
  await store.close();
  return elapsed;
});
const trivialLoad = await medianOf(7, async () => {
  delete require.cache[trivial];
  const start = performance.now();
  require(trivial).activate();
  return performance.now() - start;
});
const parseOf = (text) => () =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
const parseBaseline = time(parseOf(storeText), 7);
const parseBaseline10k = time(parseOf(storeText10k), 7);
Module._load = originalLoad;
const bundleBytes = (await readFile(extensionFile)).length;

console.log('VS Code extension benchmark (median of runs; ratios against baselines of this run)');
console.log(`bundle dist/extension.js: ${(bundleBytes / 1024).toFixed(1)} KiB`);
console.log(
  `activation, empty store:          ${ms(activateEmpty)}  (${ratio(activateEmpty, trivialLoad)} loading a trivial module: ${ms(trivialLoad)})`,
);
console.log(
  `activation, store with 1k notes:  ${ms(activateFull)}  (${ratio(activateFull, parseBaseline)} JSON.parse of that store file: ${ms(parseBaseline)})`,
);
console.log(
  `activation, store with 10k notes: ${ms(activate10k)}  (${ratio(activate10k, parseBaseline10k)} JSON.parse of that store file: ${ms(parseBaseline10k)}); notes loaded after ${ms(loaded10k)}`,
);
console.log(`10k-line file, 1k notes:`);
console.log(
  `  follow one edit (applyChanges ×1k):   ${ms(followEdit)}  (${ratio(followEdit, cloneBaseline)} structuredClone of 1k ranges: ${ms(cloneBaseline)})`,
);
console.log(
  `  build decorations (decorationsByIcon): ${ms(decorations)}  (${ratio(decorations, cloneBaseline)} that clone)`,
);
console.log(
  `  re-anchor all after a change on disk:  ${ms(reanchorAll)}  (${ratio(reanchorAll, splitBaseline)} splitting the text into lines: ${ms(splitBaseline)})`,
);

// Note saves on the log store at growing sizes.
function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const noteText = 'Named the value after what it means; the loop reads like the rule.';
function observationsFor(count) {
  return Array.from({ length: count }, (_, i) =>
    lib.createObservation(session, { kind: kinds[i % 4], text: `${noteText} ${i}` }, ctx),
  );
}
const { open: openFile } = await import('node:fs/promises');
async function appendBaseline(line) {
  const handle = await openFile(path.join(work, 'baseline.jsonl'), 'a');
  const samples = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await handle.appendFile(`${line}\n`);
    await handle.datasync();
    samples.push(performance.now() - start);
  }
  await handle.close();
  return percentile(samples, 95);
}
async function saveP95(count) {
  const file = path.join(work, `store-${count}.coaching.jsonl`);
  await writeFile(
    file,
    lib.serializeSharedFile([person, track, session, ...observationsFor(count)]),
  );
  const openStart = performance.now();
  const store = await lib.LogStore.open(lib.createMemoryStore(), lib.nodeLogFileIo(file));
  const opened = performance.now() - openStart;
  const samples = [];
  for (let i = 0; i < 200; i++) {
    const note = lib.createObservation(session, { kind: 'tip', text: `${noteText} new ${i}` }, ctx);
    const start = performance.now();
    await store.put(note);
    samples.push(performance.now() - start);
  }
  const compactStart = performance.now();
  await store.compact();
  const compacted = performance.now() - compactStart;
  await store.close();
  return { p95: percentile(samples, 95), opened, compacted };
}
const sizes = [1_000, 10_000, 100_000];
const saves = [];
for (const count of sizes) saves.push(await saveP95(count));
const floor = await appendBaseline(JSON.stringify(observations[0]));
console.log('note save on the append-only log store (p95 of 200 saves, flushed to disk):');
sizes.forEach((count, i) => {
  const { p95, opened, compacted } = saves[i];
  console.log(
    `  ${String(count).padStart(7)} records: ${ms(p95)}  (${ratio(p95, saves[0].p95)} the 1k figure; ${ratio(p95, floor)} a bare append + datasync: ${ms(floor)})  open ${ms(opened)}, compaction ${ms(compacted)}`,
  );
});
await rm(work, { recursive: true, force: true });
