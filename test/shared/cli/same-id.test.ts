import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editRecord,
  isTombstone,
  parseSharedFile,
  recordLine,
  type Observation,
} from '@coaching-notes/shared';
import { SAMPLE, buildCli, cli } from './helpers';

let dir: string;
let file: string;
let note: Observation;
const NEWER = 'Reworded in a later version of the same note';
const CONCURRENT = 'Reworded by someone else at the same time';

/**
 * The sample with two more lines for one of its notes, as a git union merge or a
 * concatenation leaves them: a later version (descends from the sample's) and a concurrent
 * version (another coach's edit of the sample's version), each appended at the end.
 */
beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'coaching-notes-same-id-'));
  const sample = readFileSync(SAMPLE, 'utf8');
  const parsed = parseSharedFile(sample);
  if (!parsed.ok) throw new Error('sample does not parse');
  // A note not picked for any feedback: picked notes are listed again under Feedback.
  const picked = new Set(
    parsed.records.flatMap((r) =>
      r.type === 'session' && !isTombstone(r)
        ? [...r.after.feedback.topIds, ...r.after.feedback.tipIds]
        : [],
    ),
  );
  note = parsed.records.find(
    (r): r is Observation =>
      r.type === 'observation' &&
      !isTombstone(r) &&
      !r.conflicts &&
      r.visibility === 'shared' &&
      !picked.has(r.id),
  )!;
  const at = (minute: number) => ({
    actor: `coach${minute}`,
    now: new Date(Date.UTC(2026, 10, 25, 9, minute)),
  });
  const newer = editRecord(note, { text: NEWER }, at(1));
  const concurrent = editRecord(note, { text: CONCURRENT }, at(0));
  file = join(dir, 'team.coaching.jsonl');
  await writeFile(file, `${sample}${recordLine(newer)}\n${recordLine(concurrent)}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('several lines with one id are versions of one record, in every command', () => {
  it('validate counts the record once', () => {
    expect(cli(['validate', file])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid, 40 records'),
    });
  });

  it('stats counts the record once, as one record with conflicting versions', () => {
    const run = cli(['stats', file]);
    expect(run.stdout).toContain('Records: 40');
    expect(run.stdout).toContain('With conflicting versions: 2');
    expect(cli(['stats', SAMPLE]).stdout).toContain('With conflicting versions: 1');
  });

  it('render shows one note: the later version, not the one it replaced', () => {
    const run = cli(['render', file, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(NEWER);
    expect(run.stdout).not.toContain(note.text);
    expect(run.stdout.split(NEWER)).toHaveLength(2);
  });

  it('merge writes one line for the record, holding both open versions', async () => {
    const out = join(dir, 'merged.coaching.jsonl');
    expect(cli(['merge', out, file]).code).toBe(0);
    const lines = (await readFile(out, 'utf8'))
      .split('\n')
      .filter((l) => l.includes(`"id":"${note.id}"`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(NEWER);
    expect(lines[0]).toContain(CONCURRENT);
    expect(lines[0]).not.toContain(note.text);
  });
});
