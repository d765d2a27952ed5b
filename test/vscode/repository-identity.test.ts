import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  isSameRepository,
  repositoryIdentity,
} from '../../extension-vscode/src/workspace/repository-identity';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    stdio: 'pipe',
  }).toString();

async function newRepository(folder: string, file: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, file), 'export const a = 1;\n');
  git(folder, 'init', '-q', '-b', 'main');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '-m', 'first');
}

/** Real repositories on disk: the identity must be what git says, not the folder name. */
describe('repository identity', () => {
  let root: string;
  let original: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cn-repo-id-'));
    original = path.join(root, 'ws');
    await newRepository(original, 'a.ts');
    await writeFile(path.join(original, 'b.ts'), 'export const b = 2;\n');
    git(original, 'add', '-A');
    git(original, 'commit', '-q', '-m', 'second');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('names a repository by its root commit, so a clone in another folder is the same one', async () => {
    const rootCommit = git(original, 'rev-list', '--max-parents=0', 'HEAD').trim();
    const here = await repositoryIdentity(original);
    expect(here.id).toBe(`git:${rootCommit}`);
    expect(here.label).toBe('ws');

    const clone = path.join(root, 'daan-cheerio');
    git(root, 'clone', '-q', original, clone);
    const cloned = await repositoryIdentity(clone);
    expect(cloned.id).toBe(here.id);
    expect(cloned.label).toBe('daan-cheerio');
    expect(isSameRepository(here.id, cloned)).toBe(true);
  });

  it('keeps the identity in a worktree and after the folder is renamed', async () => {
    const id = (await repositoryIdentity(original)).id;
    const worktree = path.join(root, 'wt-feature');
    git(original, 'worktree', 'add', '-q', '-b', 'feature', worktree);
    expect((await repositoryIdentity(worktree)).id).toBe(id);

    const copy = path.join(root, 'copy');
    git(root, 'clone', '-q', original, copy);
    const renamed = path.join(root, 'renamed');
    await rename(copy, renamed);
    expect((await repositoryIdentity(renamed)).id).toBe(id);
  });

  it('tells two repositories with the same folder name apart', async () => {
    const other = path.join(root, 'elsewhere', 'ws');
    await newRepository(other, 'c.ts');
    const a = await repositoryIdentity(original);
    const b = await repositoryIdentity(other);
    expect(a.label).toBe(b.label);
    expect(b.id).not.toBe(a.id);
    expect(isSameRepository(a.id, b)).toBe(false);
  });

  it('adds the folder’s place for a workspace opened on a sub-folder of a repository', async () => {
    await mkdir(path.join(original, 'packages', 'core'), { recursive: true });
    const sub = await repositoryIdentity(path.join(original, 'packages', 'core'));
    expect(sub.id).toBe(`${(await repositoryIdentity(original)).id}:packages/core/`);
  });

  it('falls back to the folder name outside git, and still matches sessions recorded by name', async () => {
    const plain = path.join(root, 'plain');
    await mkdir(plain);
    expect(await repositoryIdentity(plain)).toEqual({ id: 'plain', label: 'plain', aliases: [] });
    const here = await repositoryIdentity(original);
    // Sessions recorded before identities were git's carry the folder name.
    expect(isSameRepository('ws', here)).toBe(true);
    expect(isSameRepository(undefined, here)).toBe(true);
    expect(isSameRepository('other', here)).toBe(false);
  });
});
