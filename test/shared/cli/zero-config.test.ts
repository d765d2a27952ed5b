import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  editRecord,
  mergeIntoSharedFile,
  parseSharedFile,
  serializeSharedFile,
  tombstoneOf,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import { exportToFile } from '@coaching-notes/shared/node';
import { observation } from '../exchange/fixtures';
import { SAMPLE, SHARED, buildCli, cli } from './helpers';

const FILE = 'team.coaching.jsonl';
const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
let root: string;
let repo: string;

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(root, 'gitconfig-empty'),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: gitEnv() });
}

const at = (actor: string, minute: number) => ({
  actor,
  now: new Date(Date.UTC(2026, 10, 21, 9, minute)),
});

async function commit(records: StoredRecord[], message: string): Promise<void> {
  const current = await readFile(join(repo, FILE), 'utf8').catch(() => undefined);
  await writeFile(join(repo, FILE), mergeIntoSharedFile(current, records));
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

/**
 * The README's zero-config set-up, then two coaches' branches from one file: both edit note 1,
 * Anna deletes note 2 while Bram edits it, each adds a note of their own.
 */
async function divergedWithUnion(): Promise<void> {
  const setUp = README.match(/^echo '(\*\.coaching\.jsonl merge=union)' >> \.gitattributes/m);
  expect(setUp, 'README shows the .gitattributes line').not.toBeNull();
  await writeFile(join(repo, '.gitattributes'), `${setUp![1]}\n`);
  const notes = [1, 2, 3].map((n) =>
    observation({ text: `Base note ${n}`, createdAt: `2026-11-20T09:0${n}:00.000Z` }),
  );
  await commit(notes, 'base');
  const [one, two] = notes as [Observation, Observation];
  git('checkout', '-q', '-b', 'anna');
  await commit(
    [
      editRecord(one, { text: 'Anna’s wording' }, at('anna', 1)),
      tombstoneOf(two, at('anna', 2)),
      observation({ text: 'Anna’s new note', createdAt: '2026-11-21T10:00:00.000Z' }),
    ],
    'anna',
  );
  git('checkout', '-q', 'main');
  git('checkout', '-q', '-b', 'bram');
  await commit(
    [
      editRecord(one, { text: 'Bram’s wording' }, at('bram', 3)),
      editRecord(two, { text: 'Bram kept this note' }, at('bram', 4)),
      observation({ text: 'Bram’s new note', createdAt: '2026-11-21T10:00:00.001Z' }),
    ],
    'bram',
  );
}

/** Every distinct wording the file holds, conflict versions included. */
function wordings(text: string): string[] {
  const parsed = parseSharedFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const all = parsed.records.flatMap((r) =>
    'text' in r && r.text !== undefined
      ? [r.text, ...(r.conflicts ?? []).map((c) => String(c.fields['text']))]
      : [],
  );
  return [...new Set(all)].sort();
}

const ALL_KEPT = [
  'Anna’s new note',
  'Anna’s wording',
  'Base note 3',
  'Bram kept this note',
  'Bram’s new note',
  'Bram’s wording',
];

beforeAll(() => buildCli());
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'coaching-notes-zero-config-'));
  repo = join(root, 'repo');
  await writeFile(join(root, 'gitconfig-empty'), '');
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env: gitEnv() });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('zero-config teams: merge=union in .gitattributes, no per-machine set-up', () => {
  it('a real git merge keeps concurrent edits, an edit over a deletion and both sides’ new notes; the next export writes canonical order', async () => {
    await divergedWithUnion();
    git('checkout', '-q', 'anna');
    const merge = spawnSync('git', ['merge', '--no-edit', 'bram'], { cwd: repo, env: gitEnv() });
    expect(merge.status, String(merge.stderr)).toBe(0);
    const text = await readFile(join(repo, FILE), 'utf8');
    expect(wordings(text)).toEqual(ALL_KEPT);
    expect(cli(['validate', join(repo, FILE)]).code).toBe(0);
    // The union holds several lines for the edited notes; the next export puts one line back.
    const parsed = parseSharedFile(text);
    expect(parsed.ok && parsed.records.map((r) => r.id)).toHaveLength(5);
    expect(cli(['stats', join(repo, FILE)]).stdout).toContain('Records: 5');
    expect(text).not.toBe(serializeSharedFile(parsed.ok ? parsed.records : []));
    await exportToFile(join(repo, FILE), []);
    const canonical = await readFile(join(repo, FILE), 'utf8');
    expect(canonical).toBe(serializeSharedFile(parsed.ok ? parsed.records : []));
    expect(canonical.trim().split('\n')).toHaveLength(1 + 5);
    expect(wordings(canonical)).toEqual(ALL_KEPT);
  });

  it('git merge-tree --write-tree (what a Git host runs for a pull request) merges cleanly and loses nothing', async () => {
    await divergedWithUnion();
    const run = spawnSync('git', ['merge-tree', '--write-tree', 'anna', 'bram'], {
      cwd: repo,
      env: gitEnv(),
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const tree = run.stdout.split('\n')[0]!;
    const merged = git('show', `${tree}:${FILE}`);
    expect(wordings(merged)).toEqual(ALL_KEPT);
    const parsed = parseSharedFile(merged);
    expect(parsed.ok && parsed.records.map((r) => r.id)).toHaveLength(5);
  });
});

describe('synced folders: conflict copies are merged back with coaching-notes merge', () => {
  it('merges the OneDrive and Dropbox style conflict copies into the file, losing no note', async () => {
    const base = observation({ text: 'Shared before the fork' });
    const marieke = editRecord(base, { text: 'Marieke’s edit offline' }, at('marieke', 1));
    const desktop = editRecord(base, { text: 'Edit on DESKTOP-1' }, at('desktop', 2));
    const copies = {
      [FILE]: [base, observation({ text: 'Mine', createdAt: '2026-11-22T09:00:00.000Z' })],
      "team (Marieke's conflicted copy).coaching.jsonl": [marieke],
      'team-DESKTOP-1.coaching.jsonl': [
        desktop,
        observation({ text: 'From the desktop', createdAt: '2026-11-22T09:00:00.001Z' }),
      ],
    };
    for (const [name, records] of Object.entries(copies)) {
      await writeFile(join(root, name), mergeIntoSharedFile(undefined, records));
    }
    const documented = README.match(/^coaching-notes merge (team\.coaching\.jsonl .+)$/m)![1]!;
    const args = [...documented.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    expect(args).toEqual([
      FILE,
      "team (Marieke's conflicted copy).coaching.jsonl",
      'team-DESKTOP-1.coaching.jsonl',
    ]);
    const run = cli(['merge', ...args], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(wordings(await readFile(join(root, FILE), 'utf8'))).toEqual([
      'Edit on DESKTOP-1',
      'From the desktop',
      'Marieke’s edit offline',
      'Mine',
    ]);
    expect((await readdir(root)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('the documented install', () => {
  it('npm pack of the shared package, installed into a prefix, gives a working coaching-notes command', async () => {
    expect(README).toContain('npm pack -w shared');
    expect(README).toContain('npm install -g ./coaching-notes-shared-*.tgz');
    expect(README).not.toMatch(/npx (--no-install )?coaching-notes/);
    const workspace = join(SHARED, '..');
    execFileSync('npm', ['pack', '-w', 'shared', '--pack-destination', root, '--silent'], {
      cwd: workspace,
    });
    const [tarball] = (await readdir(root)).filter((n) => n.endsWith('.tgz'));
    const prefix = join(root, 'prefix');
    execFileSync(
      'npm',
      [
        'install',
        '-g',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(root, tarball!),
      ],
      { cwd: root, stdio: 'ignore' },
    );
    const run = spawnSync(join(prefix, 'bin', 'coaching-notes'), ['validate', SAMPLE], {
      encoding: 'utf8',
      env: { ...process.env, COACHING_NOTES_LANG: 'en' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('valid, 40 records');
  }, 120_000);
});
