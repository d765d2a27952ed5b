import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeIntoSharedFile, parseSharedFile } from '@coaching-notes/shared';
import { exportToFile } from '@coaching-notes/shared/node';
import { BIN, buildCli, bundleNodeApi } from '../cli/helpers';
import { observation } from './fixtures';

let dir: string;
let nodeApi: string;
beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'coaching-notes-concurrent-'));
  nodeApi = bundleNodeApi(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const WRITERS = 4;
const EACH = 50;

function idOf(writer: number, n: number): string {
  return `0192f000-0000-7000-8000-${(writer * 1000 + n).toString(16).padStart(12, '0')}`;
}

function texts(text: string): string[] {
  const parsed = parseSharedFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.records.flatMap((r) => ('text' in r && r.text !== undefined ? [r.text] : []));
}

/** Resolves with the exit code of a child process; output kept for the failure message. */
function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, COACHING_NOTES_LANG: 'en' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('several real processes writing one shared file', () => {
  it(`keeps all ${WRITERS * EACH} records when ${WRITERS} shells each run ${EACH} CLI merges into one OUT`, async () => {
    const out = join(dir, 'cli-team.coaching.jsonl');
    const scripts: string[] = [];
    for (let w = 0; w < WRITERS; w++) {
      const lines: string[] = ['set -e'];
      for (let n = 0; n < EACH; n++) {
        const input = join(dir, `cli-in-${w}-${n}.coaching.jsonl`);
        const text = `writer ${w} note ${n}`;
        await writeFile(
          input,
          mergeIntoSharedFile(undefined, [observation({ id: idOf(w, n), text })]),
        );
        lines.push(
          `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} merge ${JSON.stringify(out)} ${JSON.stringify(input)} >/dev/null`,
        );
      }
      scripts.push(lines.join('\n'));
    }
    const runs = await Promise.all(scripts.map((script) => run('bash', ['-c', script])));
    for (const r of runs) expect(r.code, r.output).toBe(0);
    const all = texts(await readFile(out, 'utf8'));
    expect(all).toHaveLength(WRITERS * EACH);
    expect(new Set(all).size).toBe(WRITERS * EACH);
    expect(readdirSync(dir).filter((name) => name.startsWith('.cli-team'))).toEqual([]);
  }, 240_000);

  it(`keeps all ${WRITERS * EACH} records when ${WRITERS} child processes each call exportToFile ${EACH} times`, async () => {
    const file = join(dir, 'export-team.coaching.jsonl');
    const child = join(dir, 'export-child.mjs');
    await writeFile(
      child,
      `import { exportToFile } from ${JSON.stringify(nodeApi)};
const [file, writer] = process.argv.slice(2);
for (let n = 0; n < ${EACH}; n++) {
  const id = '0192f000-0000-7000-8000-' + (Number(writer) * 1000 + n).toString(16).padStart(12, '0');
  const at = '2026-11-02T09:00:00.000Z';
  await exportToFile(file, [{ type: 'observation', id, createdAt: at, updatedAt: at, rev: { seed: 1 },
    sessionId: '0192f000-0000-7000-8000-000000000001', coacheeIds: [], kind: 'top',
    text: 'writer ' + writer + ' export ' + n, at, offsetMs: 0, visibility: 'shared' }]);
}
`,
    );
    const runs = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) => run(process.execPath, [child, file, String(w)])),
    );
    for (const r of runs) expect(r.code, r.output).toBe(0);
    const all = texts(await readFile(file, 'utf8'));
    expect(new Set(all).size).toBe(WRITERS * EACH);
  }, 240_000);

  it('removes the temp file of a writer killed with -9 mid-write at the next write, and takes over its stale lock', async () => {
    const file = join(dir, 'killed.coaching.jsonl');
    const child = join(dir, 'killed-child.mjs');
    await writeFile(
      child,
      `import { exportToFile } from ${JSON.stringify(nodeApi)};
const at = '2026-11-02T09:00:00.000Z';
const records = Array.from({ length: 40000 }, (_, n) => ({ type: 'observation',
  id: '0192f000-0000-7000-8000-' + n.toString(16).padStart(12, '0'), createdAt: at, updatedAt: at,
  rev: { seed: 1 }, sessionId: '0192f000-0000-7000-8000-000000000001', coacheeIds: [], kind: 'top',
  text: 'A long enough note to make the file take a while to write, number ' + n, at, offsetMs: 0,
  visibility: 'shared' }));
for (;;) await exportToFile(process.argv[2], records, { lockStaleMs: 2000 });
`,
    );
    const leftovers = () => readdirSync(dir).filter((name) => name.startsWith('.killed.'));
    let caught = false;
    for (let attempt = 0; attempt < 20 && !caught; attempt++) {
      const writer = spawn(process.execPath, [child, file], { stdio: 'ignore' });
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && !leftovers().some((name) => name.endsWith('.tmp'))) {
        await new Promise((r) => setTimeout(r, 1));
      }
      writer.kill('SIGKILL');
      await new Promise((r) => writer.once('exit', r));
      caught = leftovers().some((name) => name.endsWith('.tmp'));
    }
    expect(caught, 'a temp file was left by the killed writer').toBe(true);
    await exportToFile(file, [observation({ text: 'After the crash' })], { lockStaleMs: 2000 });
    expect(leftovers()).toEqual([]);
    expect(texts(await readFile(file, 'utf8'))).toContain('After the crash');
  }, 240_000);

  it('leaves a temp file alone while its writer process still runs and it is fresh', async () => {
    const file = join(dir, 'alive.coaching.jsonl');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const temp = join(dir, `.alive.coaching.jsonl.${sleeper.pid}.0123456789ab.tmp`);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const orphan = join(dir, `.alive.coaching.jsonl.${dead}.ba9876543210.tmp`);
    const unrelated = join(dir, '.alive.coaching.jsonl.notes.tmp');
    await Promise.all([temp, orphan, unrelated].map((f) => writeFile(f, 'partial')));
    try {
      await exportToFile(file, [observation()]);
      expect(existsSync(temp)).toBe(true);
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(unrelated)).toBe(true);
    } finally {
      sleeper.kill();
    }
  });
});
