import { CJS_REQUIRE_BANNER } from '../shared/cli/helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  LogStore,
  createMemoryStore,
  editRecord,
  parseSharedFile,
  serializeSharedFile,
  tombstoneOf,
  type LogStoreNotice,
  type Observation,
} from '@coaching-notes/shared';
import { nodeLogFileIo } from '../../extension-vscode/src/storage/node-store-io';
import { ctx, pairingFixture } from './fixtures';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
async function tempFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cn-log-'));
  dirs.push(dir);
  return path.join(dir, 'notes.coaching.jsonl');
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const open = (file: string, notices: LogStoreNotice[] = [], compactMinBytes?: number) =>
  LogStore.open(createMemoryStore(), nodeLogFileIo(file), {
    onNotice: (n) => notices.push(n),
    ...(compactMinBytes !== undefined ? { compactMinBytes } : {}),
  });

const lineCount = async (file: string) =>
  (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;

describe('LogStore (append-only JSONL log)', () => {
  it('writes the shared JSONL format and reads it back after a restart', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file);
    await store.putMany([person, track, session]);
    await store.put(note);
    await store.close();

    const parsed = parseSharedFile(await readFile(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    const reopened = await open(file);
    expect(await reopened.get('observation', note.id)).toEqual(note);
    expect(await reopened.list({ type: 'observation', sessionId: session.id })).toHaveLength(1);
  });

  it('appends one line per saved note instead of rewriting the file', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file);
    await store.putMany([person, track, session, note]);
    const before = await readFile(file, 'utf8');
    const edited = editRecord(
      note,
      { text: 'Wrote the failing test first, then the code' },
      ctx(7),
    );
    await store.put(edited);
    const after = await readFile(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).split('\n').filter(Boolean)).toHaveLength(1);
    await store.close();

    // Two lines of one id are two versions of one record: the later one wins.
    const reopened = await open(file);
    expect((await reopened.get('observation', note.id))?.text).toBe(
      'Wrote the failing test first, then the code',
    );
    expect(await reopened.list({ type: 'observation' })).toHaveLength(1);
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

  it('compacts atomically to one line per record once the log is about twice its live size', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file, [], 0);
    await store.putMany([person, track, session, note]);
    let current: Observation = note;
    for (let i = 0; i < 12; i++) {
      current = editRecord(current, { text: `version ${i}` }, ctx(10 + i));
      await store.put(current);
    }
    await store.close();
    // Never more than about twice the 4 live lines (plus the header and the last append).
    expect(await lineCount(file)).toBeLessThanOrEqual(1 + 2 * 4 + 1);
    expect(await readdir(path.dirname(file))).toEqual(['notes.coaching.jsonl']);
    const reopened = await open(file);
    expect((await reopened.get('observation', note.id))?.text).toBe('version 11');
  });

  it('compaction keeps what another window appended to the same file meanwhile', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const first = await open(file);
    await first.putMany([person, track, session]);
    const second = await open(file);
    await second.put(note);
    await first.compact();
    expect(await first.get('observation', note.id)).toEqual(note);
    await first.close();
    await second.close();
    expect(await (await open(file)).get('observation', note.id)).toEqual(note);
  });

  it('erasing a person rewrites the log at once, so no old line keeps their text', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file);
    await store.putMany([person, track, session, note]);
    await store.erasePerson(person.id, 'a1b2c3d4e5f60718', new Date('2026-11-23T00:00:00Z'));
    await store.close();
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('Wrote the failing test first');
    expect(text).not.toContain('"Sam"');
  });

  it('drops a torn last line with a notice and keeps every line before it', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    const store = await open(file);
    await store.putMany([person, track, session, note]);
    await store.close();
    await appendFile(file, '{"type":"observation","id":"01J');

    const notices: LogStoreNotice[] = [];
    const reopened = await open(file, notices);
    expect(notices).toEqual([expect.objectContaining({ kind: 'torn-line-dropped', line: 6 })]);
    expect(await reopened.get('observation', note.id)).toEqual(note);
    // The torn bytes are gone before the next append could join onto them.
    const edited = editRecord(note, { text: 'after the crash' }, ctx(30));
    await reopened.put(edited);
    await reopened.close();
    const parsed = parseSharedFile(await readFile(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    expect((await (await open(file)).get('observation', note.id))?.text).toBe('after the crash');
  });

  it('reads a store written in the older whole-file layout and appends to it', async () => {
    const file = await tempFile();
    const { person, track, session, note } = pairingFixture();
    await writeFile(file, serializeSharedFile([person, track, session, note]));
    const store = await open(file);
    expect(await store.get('observation', note.id)).toEqual(note);
    await store.put(editRecord(note, { text: 'migrated' }, ctx(40)));
    await store.close();
    expect(await lineCount(file)).toBe(6);
  });

  it('refuses a file broken before its last line instead of overwriting it', async () => {
    const file = await tempFile();
    await writeFile(
      file,
      '{"format":"coaching-notes","version":1}\n{"type":"person"}\n{"type":"person"}\n',
    );
    const size = (await stat(file)).size;
    await expect(open(file)).rejects.toThrow(/line 2/);
    expect((await stat(file)).size).toBe(size);
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

  it('loses no committed note when the writing process is killed with SIGKILL mid-append', async () => {
    const file = await tempFile();
    const script = path.join(path.dirname(file), 'writer.mjs');
    await build({
      stdin: {
        contents: `
          import { LogStore, createMemoryStore, createObservation } from '@coaching-notes/shared';
          import { nodeLogFileIo } from './extension-vscode/src/storage/node-store-io';
          import { pairingFixture, ctx } from './test/vscode/fixtures';
          const { person, track, session } = pairingFixture();
          const store = await LogStore.open(createMemoryStore(), nodeLogFileIo(process.argv[2]));
          await store.putMany([person, track, session]);
          const padding = 'x'.repeat(4000);
          for (let i = 0; ; i++) {
            const note = createObservation(session, { kind: 'fact', text: 'note ' + i + ' ' + padding }, ctx());
            await store.put(note);
            process.stdout.write(note.id + '\\n');
          }`,
        resolveDir: REPO,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: script,
      // proper-lockfile (under writeFileAtomic) is CommonJS: give the ESM bundle a require.
      banner: { js: CJS_REQUIRE_BANNER },
      logLevel: 'error',
    });
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const committed: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        committed.push(...lines);
        if (committed.length >= 150 && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(errors).toBe('');
    expect(child.signalCode).toBe('SIGKILL');

    const store = await open(file);
    const ids = new Set((await store.list({ type: 'observation' })).map((o) => o.id));
    expect(committed.filter((id) => !ids.has(id))).toEqual([]);
  }, 60_000);
});
