import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createMemoryStore, parseSharedFile, tombstoneOf } from '@coaching-notes/shared';
import { FileStore, type StoreFileIo } from '../../extension-vscode/src/storage/file-store';
import { nodeFileIo, sharedFileCodec } from '../../extension-vscode/src/storage/node-store-io';
import { ctx, pairingFixture } from './fixtures';

const dirs: string[] = [];
async function tempFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cn-store-'));
  dirs.push(dir);
  return path.join(dir, 'notes.coaching.jsonl');
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const open = (file: string) =>
  FileStore.open(createMemoryStore(), nodeFileIo(file), sharedFileCodec);

describe('FileStore', () => {
  it('writes the shared JSONL format and reads it back after a restart', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file);
    await store.putMany([person, track, session]);
    await store.put(note);
    await store.close();

    const parsed = parseSharedFile(await readFile(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.records.map((r) => r.type)).toEqual([
        'person',
        'track',
        'session',
        'observation',
      ]);

    const reopened = await open(file);
    expect(await reopened.get('observation', note.id)).toEqual(note);
    expect(await reopened.list({ type: 'observation', sessionId: session.id })).toHaveLength(1);
  });

  it('keeps a tombstone for a deleted note', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file);
    await store.putMany([person, track, session, note]);
    await store.delete(tombstoneOf(note, ctx(9)));
    const reopened = await open(file);
    expect(await reopened.get('observation', note.id)).toBeUndefined();
    expect(await reopened.getStored('observation', note.id)).toMatchObject({ deleted: true });
  });

  it('leaves no temp files behind (atomic rename)', async () => {
    const file = await tempFile();
    const store = await open(file);
    const { person } = pairingFixture();
    await store.put(person);
    expect(await readdir(path.dirname(file))).toEqual(['notes.coaching.jsonl']);
  });

  it('refuses an unreadable file instead of overwriting it', async () => {
    const file = await tempFile();
    await writeFile(file, '{"format":"coaching-notes","version":1}\n{"type":"person"}\n');
    await expect(open(file)).rejects.toThrow(/line 2/);
  });

  it('folds writes made during a rewrite into the next one and loses none', async () => {
    const writes: string[] = [];
    const releases: (() => void)[] = [];
    const io: StoreFileIo = {
      read: async () => undefined,
      write: (text) =>
        new Promise<void>((resolve) => {
          writes.push(text);
          releases.push(resolve);
        }),
    };
    const store = await FileStore.open(createMemoryStore(), io, sharedFileCodec);
    const { person, track, session } = pairingFixture();
    const first = store.put(person);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    const second = store.put(track);
    const third = store.put(session);
    releases[0]!();
    await first;
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    releases[1]!();
    await Promise.all([second, third]);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain(session.id);
    expect(writes[1]).toContain(track.id);
  });

  it('rejects an invalid record and leaves the file as it was', async () => {
    const file = await tempFile();
    const store = await open(file);
    const { person } = pairingFixture();
    await store.put(person);
    const before = await readFile(file, 'utf8');
    await expect(store.put({ ...person, displayName: 42 } as never)).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
