import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  isTombstone,
  editRecord,
  mergeIntoSharedFile,
  parseSharedFile,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import { teamExample } from '../../../shared/examples/team';
import { observation } from '../exchange/fixtures';
import { BIN, buildCli } from './helpers';

const FILE = 'team.coaching.jsonl';
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: gitEnv() });
}

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(repo, '..', 'gitconfig-empty'),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    COACHING_NOTES_LANG: 'en',
  };
}

async function commitFile(records: StoredRecord[], existing: string | undefined, message: string) {
  await writeFile(join(repo, FILE), mergeIntoSharedFile(existing, records));
  git('add', FILE);
  git('commit', '-q', '-m', message);
}

/** Two coaches branch from one shared file; each adds a note and edits the same note. */
async function divergingBranches(): Promise<{ anna: string; bram: string; edited: Observation }> {
  const base = teamExample();
  await commitFile(base, undefined, 'base');
  const baseText = await readFile(join(repo, FILE), 'utf8');
  const edited = base.find(
    (r): r is Observation =>
      r.type === 'observation' && !isTombstone(r) && r.visibility === 'shared',
  )!;
  const ctx = (actor: string, minute: number) => ({
    actor,
    now: new Date(Date.UTC(2026, 10, 20, 9, minute)),
  });

  git('checkout', '-q', '-b', 'anna');
  const anna = observation({
    sessionId: edited.sessionId,
    text: 'Anna: strong summary at the end',
    createdAt: '2026-11-20T09:00:00.000Z',
  });
  await commitFile(
    [anna, editRecord(edited, { text: 'Anna reworded this note' }, ctx('anna', 1))],
    baseText,
    'anna',
  );

  git('checkout', '-q', 'main');
  git('checkout', '-q', '-b', 'bram');
  const bram = observation({
    sessionId: edited.sessionId,
    text: 'Bram: asked for the budget first',
    createdAt: '2026-11-20T09:00:00.001Z',
  });
  await commitFile(
    [bram, editRecord(edited, { text: 'Bram reworded this note' }, ctx('bram', 2))],
    baseText,
    'bram',
  );
  return { anna: anna.text, bram: bram.text, edited };
}

/** The optional driver, set up as docs/shared-file.md says. */
async function useDriver(): Promise<void> {
  await writeFile(join(repo, '.gitattributes'), `*.coaching.jsonl merge=coaching-notes\n`);
  git('add', '.gitattributes');
  git('config', 'merge.coaching-notes.name', 'Coaching Notes shared-file merge');
  git(
    'config',
    'merge.coaching-notes.driver',
    `node ${JSON.stringify(BIN)} merge-driver %O %A %B %P`,
  );
}

/** The note texts of the file in the work tree. */
async function notes(): Promise<string[]> {
  const parsed = parseSharedFile(await readFile(join(repo, FILE), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.records
    .flatMap((r) => ('text' in r && r.text !== undefined ? [r.text] : []))
    .sort();
}

/** Commits one more note on top of the file as it is in the work tree. */
async function addNote(text: string, minute: number): Promise<void> {
  const current = await readFile(join(repo, FILE), 'utf8');
  const createdAt = new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();
  await commitFile([observation({ text, createdAt })], current, `add ${text}`);
}

beforeAll(() => buildCli());
beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'coaching-notes-git-'));
  repo = join(root, 'repo');
  await writeFile(join(root, 'gitconfig-empty'), '');
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env: gitEnv() });
});
afterEach(async () => {
  await rm(join(repo, '..'), { recursive: true, force: true });
});

describe('git merge of a shared file changed on two branches', () => {
  it('conflicts without the merge driver (the situation the driver exists for)', async () => {
    await divergingBranches();
    const merge = spawnSync('git', ['merge', '-q', 'anna'], {
      cwd: repo,
      encoding: 'utf8',
      env: gitEnv(),
    });
    expect(merge.status).not.toBe(0);
    expect(await readFile(join(repo, FILE), 'utf8')).toContain('<<<<<<<');
  });

  it('merges cleanly with the driver: both coaches’ notes kept, no conflict markers', async () => {
    await useDriver();
    const { anna, bram, edited } = await divergingBranches();

    const merge = spawnSync('git', ['merge', '--no-edit', 'anna'], {
      cwd: repo,
      encoding: 'utf8',
      env: gitEnv(),
    });
    expect(merge.status, merge.stderr + merge.stdout).toBe(0);
    expect(git('status', '--porcelain')).toBe('');

    const text = await readFile(join(repo, FILE), 'utf8');
    expect(text).not.toMatch(/^(<{7}|={7}|>{7})/m);
    const parsed = parseSharedFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const texts = parsed.records.flatMap((r) =>
      'text' in r && r.text !== undefined ? [r.text] : [],
    );
    expect(texts).toEqual(expect.arrayContaining([anna, bram]));
    const both = parsed.records.find((r) => r.id === edited.id) as Observation;
    const wordings = [both.text, ...(both.conflicts ?? []).map((c) => c.fields['text'])];
    expect(wordings).toEqual(
      expect.arrayContaining(['Anna reworded this note', 'Bram reworded this note']),
    );
    expect(merge.stderr).toContain('conflicting versions');
  });
});

describe('the merge driver follows history through the ancestor (%O)', () => {
  beforeEach(async () => {
    await useDriver();
    await commitFile([observation({ text: 'Base note' })], undefined, 'base');
  });

  it('cherry-picking one commit does not bring the notes of an un-picked commit before it', async () => {
    git('checkout', '-q', '-b', 'feature');
    await addNote('Not picked', 1);
    await addNote('Picked', 2);
    const picked = git('rev-parse', 'HEAD').trim();
    git('checkout', '-q', 'main');
    await addNote('On main meanwhile', 3);
    git('cherry-pick', picked);
    expect(await notes()).toEqual(['Base note', 'On main meanwhile', 'Picked']);
  });

  it('git revert of the commit that added a note removes that note and keeps later ones', async () => {
    await addNote('Added by mistake', 1);
    const mistake = git('rev-parse', 'HEAD').trim();
    await addNote('Later note', 2);
    git('revert', '--no-edit', mistake);
    expect(await notes()).toEqual(['Base note', 'Later note']);
  });

  it('rebase -i that drops the commit adding a note keeps it dropped', async () => {
    const base = git('rev-parse', 'HEAD').trim();
    await addNote('Dropped in the rebase', 1);
    await addNote('Kept in the rebase', 2);
    execFileSync('git', ['rebase', '-q', '-i', base], {
      cwd: repo,
      env: { ...gitEnv(), GIT_SEQUENCE_EDITOR: "sed -i -e '1s/^pick/drop/'" },
    });
    expect(await notes()).toEqual(['Base note', 'Kept in the rebase']);
  });

  it('keeps a note one side edited and the other side removed', async () => {
    await addNote('Edited on one side', 1);
    git('checkout', '-q', '-b', 'editor');
    const text = await readFile(join(repo, FILE), 'utf8');
    const parsed = parseSharedFile(text);
    const note = parsed.ok
      ? (parsed.records.find((r) => 'text' in r && r.text === 'Edited on one side') as Observation)
      : undefined;
    const edit = editRecord(
      note!,
      { text: 'Edited, and kept' },
      {
        actor: 'editor',
        now: new Date(Date.UTC(2026, 10, 21)),
      },
    );
    await commitFile([edit], text, 'edit');
    git('checkout', '-q', 'main');
    git('revert', '--no-edit', 'HEAD');
    git('merge', '--no-edit', 'editor');
    expect(await notes()).toEqual(['Base note', 'Edited, and kept']);
  });
});
