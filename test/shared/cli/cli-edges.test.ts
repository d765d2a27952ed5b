import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeIntoSharedFile, parseSharedFile } from '@coaching-notes/shared';
import { teamExample } from '../../../shared/examples/team';
import { observation } from '../exchange/fixtures';
import { BIN, SAMPLE, cli, cliTestFolder } from './helpers';

const tmp = cliTestFolder('coaching-notes-cli-edges-');

const NODE = JSON.stringify(process.execPath);
const CLI = `${NODE} ${JSON.stringify(BIN)}`;
const sample = readFileSync(SAMPLE);

function bash(script: string, input?: Buffer) {
  return spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    input,
    env: { ...process.env, COACHING_NOTES_LANG: 'en' },
  });
}

function noStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('options are parsed strictly', () => {
  it('refuses an unknown option (a typo of --out) with exit 2, writing nothing to stdout or a file', () => {
    const run = cli(['render', SAMPLE, '--format', 'md', '--otu', join(tmp.path, 'x.md')], {
      cwd: tmp.path,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option "--otu"');
    expect(run.stderr).toContain('--out');
    expect(run.stdout).toBe('');
    expect(existsSync(join(tmp.path, 'x.md'))).toBe(false);
    expect(cli(['validate', SAMPLE, '--frobnicate'])).toMatchObject({ code: 2 });
    expect(cli(['stats', SAMPLE, '-x'], { lang: 'nl' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Onbekende optie "-x"'),
    });
  });

  it('refuses a value option without its value and a flag given a value', () => {
    expect(cli(['render', SAMPLE, '--format'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Option --format needs a value'),
    });
    expect(cli(['render', SAMPLE, '--format', 'md', '--include-private=yes'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Option --include-private takes no value'),
    });
  });

  it('refuses extra arguments to commands that take one file', () => {
    expect(cli(['stats', SAMPLE, SAMPLE])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unexpected argument'),
    });
  });

  it('calls command words like constructor or __proto__ unknown commands, without a stack trace', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const run = cli([word, SAMPLE]);
      expect(run.code, word).toBe(2);
      expect(run.stderr).toContain(`Unknown command "${word}"`);
      noStackTrace(run.stderr);
    }
  });
});

describe('merge --out and render --out', () => {
  it('merge --out TEAM a b merges a and b into TEAM and leaves both inputs as they were', async () => {
    const team = join(tmp.path, 'team-out.coaching.jsonl');
    const a = join(tmp.path, 'a.coaching.jsonl');
    const b = join(tmp.path, 'b.coaching.jsonl');
    await writeFile(team, mergeIntoSharedFile(undefined, [observation({ text: 'In TEAM' })]));
    await writeFile(a, mergeIntoSharedFile(undefined, [observation({ text: 'From a' })]));
    await writeFile(b, mergeIntoSharedFile(undefined, [observation({ text: 'From b' })]));
    const [beforeA, beforeB] = await Promise.all([readFile(a), readFile(b)]);
    const run = cli(['merge', '--out', team, a, b]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Merged 2 files into ${team}`);
    const parsed = parseSharedFile(await readFile(team));
    expect(parsed.ok && parsed.records.map((r) => ('text' in r ? r.text : '')).sort()).toEqual([
      'From a',
      'From b',
      'In TEAM',
    ]);
    expect(await readFile(a)).toEqual(beforeA);
    expect(await readFile(b)).toEqual(beforeB);
  });

  it('render --out refuses to overwrite the shared file, the input through a link, or any shared file', async () => {
    const team = join(tmp.path, 'render-team.coaching.jsonl');
    await writeFile(team, sample);
    const link = join(tmp.path, 'team-view.md');
    await symlink(team, link);
    const otherShared = join(tmp.path, 'backup.jsonl');
    await writeFile(otherShared, sample);
    for (const out of [team, link, otherShared, join(tmp.path, 'new.coaching.jsonl')]) {
      const run = cli(['render', team, '--format', 'md', '--out', out]);
      expect(run.code, out).toBe(2);
      expect(run.stderr).toContain('Will not write rendered output over');
    }
    expect(await readFile(team)).toEqual(sample);
    expect(await readFile(otherShared)).toEqual(sample);
    expect(existsSync(join(tmp.path, 'new.coaching.jsonl'))).toBe(false);
    const md = join(tmp.path, 'team.md');
    expect(cli(['render', team, '--format', 'md', '--out', md]).code).toBe(0);
    expect(cli(['render', team, '--format', 'md', '--out', md]).code).toBe(0);
    expect(await readFile(md, 'utf8')).toContain('# ');
  });
});

describe('pipes, standard input and FIFOs', () => {
  it('ends quietly when the reader closes the pipe early (| head -c 1)', async () => {
    const big = join(tmp.path, 'big.coaching.jsonl');
    const records = teamExample();
    const session = records.find((r) => r.type === 'session')!;
    const notes = Array.from({ length: 3000 }, (_, n) =>
      observation({ sessionId: session.id, text: `Note number ${n} with some words in it` }),
    );
    await writeFile(big, mergeIntoSharedFile(undefined, [...records, ...notes]));
    const run = bash(
      `${CLI} render ${JSON.stringify(big)} --format md | head -c 1; echo " \${PIPESTATUS[0]}"`,
    );
    expect(run.stdout).toMatch(/^. 0\n$/s);
    expect(run.stderr).toBe('');
  });

  it('reads standard input through -, /dev/stdin and a pipe', () => {
    expect(bash(`${CLI} validate -`, sample).stdout).toContain('-: valid, 40 records');
    expect(bash(`${CLI} validate /dev/stdin`, sample).stdout).toContain('valid, 40 records');
    const piped = bash(`cat ${JSON.stringify(SAMPLE)} | ${CLI} stats -`);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout).toContain('Records: 40');
    const rendered = bash(`cat ${JSON.stringify(SAMPLE)} | ${CLI} render /dev/stdin --format csv`);
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(rendered.stdout).toContain(';');
  });

  it('reads a FIFO to its end instead of hanging, also from a slow writer', async () => {
    const fifo = join(tmp.path, 'notes.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, 'validate', fifo], {
      env: { ...process.env, COACHING_NOTES_LANG: 'en' },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    const path = JSON.stringify(SAMPLE);
    const writer = spawn('bash', [
      '-c',
      `(head -c 100 ${path}; sleep 0.5; tail -c +101 ${path}) > ${JSON.stringify(fifo)}`,
    ]);
    const code = await Promise.race([
      exit,
      new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 15_000)),
    ]);
    if (code === 'hung') {
      child.kill('SIGKILL');
      writer.kill('SIGKILL');
    }
    expect(code).toBe(0);
    expect(stdout).toContain('valid, 40 records');
  }, 30_000);
});
