import { spawnSync } from 'node:child_process';
import {
  chmod,
  chown,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeIntoSharedFile, parseSharedFile } from '@coaching-notes/shared';
import {
  exportToFile,
  readFileCapped,
  readSharedFile,
  writeFileAtomic,
} from '@coaching-notes/shared/node';
import { observation, person } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coaching-notes-node-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('node file I/O', () => {
  it('writes atomically and leaves no temp file behind', async () => {
    const file = join(dir, 'team.coaching.jsonl');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new content\n');
    expect(await readFile(file, 'utf8')).toBe('new content\n');
    expect(await readdir(dir)).toEqual(['team.coaching.jsonl']);
  });

  it('refuses to read a file over the cap', async () => {
    const file = join(dir, 'big.coaching.jsonl');
    await writeFile(file, 'x'.repeat(2000));
    await expect(readFileCapped(file, 1000)).rejects.toThrow(/larger than the limit/);
    expect(await readFileCapped(join(dir, 'missing'))).toBeUndefined();
    expect(await readSharedFile(file, { maxFileBytes: 1000 })).toMatchObject({ ok: false });
  });

  it('merges an export into the existing file', async () => {
    const file = join(dir, 'team.coaching.jsonl');
    const theirs = observation({ text: 'Their note' });
    await writeFile(file, mergeIntoSharedFile(undefined, [theirs]));
    await exportToFile(file, [person(), observation({ text: 'My note' })]);
    const parsed = await readSharedFile(file);
    expect(parsed.ok && parsed.records.map((r) => ('text' in r ? r.text : r.type))).toEqual(
      expect.arrayContaining(['Their note', 'My note', 'person']),
    );
  });

  it('merges again when the file changed between read and write', async () => {
    const file = join(dir, 'team.coaching.jsonl');
    await writeFile(file, mergeIntoSharedFile(undefined, [observation({ text: 'First' })]));
    let calls = 0;
    await exportToFile(file, [observation({ text: 'Mine' })], {
      beforeWrite: async () => {
        if (calls++ > 0) return;
        // Another coach's sync client writes the file meanwhile.
        const current = await readFile(file, 'utf8');
        await writeFile(file, mergeIntoSharedFile(current, [observation({ text: 'Sneaked in' })]));
      },
    });
    expect(calls).toBe(2);
    const parsed = parseSharedFile(await readFile(file, 'utf8'));
    const texts = parsed.ok ? parsed.records.map((r) => ('text' in r ? r.text : '')) : [];
    expect(texts.sort()).toEqual(['First', 'Mine', 'Sneaked in']);
  });

  it('never overwrites a file it cannot read', async () => {
    const file = join(dir, 'broken.coaching.jsonl');
    await writeFile(file, 'not a shared file\n');
    await expect(exportToFile(file, [person()])).rejects.toThrow(/line 1/);
    expect(await readFile(file, 'utf8')).toBe('not a shared file\n');
  });

  it('writes through a symbolic link (also a relative or dangling one) to its target', async () => {
    await mkdir(join(dir, 'synced'));
    const target = join(dir, 'synced', 'team.coaching.jsonl');
    const link1 = join(dir, 'team.coaching.jsonl');
    await writeFile(target, mergeIntoSharedFile(undefined, [observation({ text: 'Theirs' })]));
    await symlink('synced/team.coaching.jsonl', link1);
    await exportToFile(link1, [observation({ text: 'Mine' })]);
    expect((await lstat(link1)).isSymbolicLink()).toBe(true);
    expect(await readlink(link1)).toBe('synced/team.coaching.jsonl');
    expect(await readFile(target, 'utf8')).toContain('Mine');
    const dangling = join(dir, 'new.coaching.jsonl');
    await symlink(join(dir, 'synced', 'created.coaching.jsonl'), dangling);
    await writeFileAtomic(dangling, 'created through the link\n');
    expect((await lstat(dangling)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'synced', 'created.coaching.jsonl'), 'utf8')).toBe(
      'created through the link\n',
    );
  });

  it('keeps the file mode (not the umask default) of the file it replaces', async () => {
    const file = join(dir, 'private.coaching.jsonl');
    await writeFile(file, mergeIntoSharedFile(undefined, [observation()]));
    await chmod(file, 0o600);
    await exportToFile(file, [observation({ text: 'Mine' })]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await chmod(file, 0o664);
    await writeFileAtomic(file, 'again\n');
    expect((await stat(file)).mode & 0o777).toBe(0o664);
  });

  // Runs only as root (as in CI): giving a file to another user needs root, and as any other
  // user the replaced file is always that user's own, so there is no other owner to keep.
  it.runIf(process.getuid?.() === 0)('keeps the owner of the file it replaces', async () => {
    const file = join(dir, 'owned.coaching.jsonl');
    await writeFile(file, 'old\n');
    await chown(file, 4321, 4322);
    await writeFileAtomic(file, 'new\n');
    expect(await stat(file)).toMatchObject({ uid: 4321, gid: 4322 });
  });

  it('keeps hard links: every name of the file sees the new content', async () => {
    const file = join(dir, 'team.coaching.jsonl');
    const other = join(dir, 'backup-name.coaching.jsonl');
    await writeFile(file, mergeIntoSharedFile(undefined, [observation({ text: 'Theirs' })]));
    await link(file, other);
    await exportToFile(file, [observation({ text: 'Mine' })]);
    expect((await stat(file)).ino).toBe((await stat(other)).ino);
    expect((await stat(file)).nlink).toBe(2);
    expect(await readFile(other, 'utf8')).toContain('Mine');
    expect((await readdir(dir)).sort()).toEqual(
      [other, file].map((f) => f.slice(dir.length + 1)).sort(),
    );
  });

  it('merges back the complete copy a writer killed while rewriting a hard-linked file left', async () => {
    const file = join(dir, 'team.coaching.jsonl');
    await writeFile(file, mergeIntoSharedFile(undefined, [observation({ text: 'Old' })]));
    await link(file, join(dir, 'other-name.coaching.jsonl'));
    const whole = mergeIntoSharedFile(await readFile(file), [
      observation({ text: 'Was being written' }),
    ]);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(dir, `.team.coaching.jsonl.${dead}.00112233aabb.copy`), whole);
    await writeFile(file, whole.slice(0, whole.length - 40)); // the torn in-place write
    await exportToFile(file, [observation({ text: 'Next export' })]);
    const parsed = await readSharedFile(file);
    expect(parsed.ok && parsed.records.map((r) => ('text' in r ? r.text : '')).sort()).toEqual([
      'Next export',
      'Old',
      'Was being written',
    ]);
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
