import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
});
