import { describe, expect, it } from 'vitest';
import {
  claimActor,
  editRecord,
  parseSharedFile,
  serializeSharedFile,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import type { LinkedFileHandle } from '../../../extension-browser/src/dashboard/link/file-access';
import {
  syncTeamFile,
  unattendedReview,
  type Review,
} from '../../../extension-browser/src/dashboard/link/sync';
import { at, seed } from './fixtures';

const NOW = () => new Date('2026-11-26T08:00:00Z');

/** A file handle in memory, as the File System Access API has it once the file is linked. */
function memoryFile(initial: string, permission: PermissionState = 'granted') {
  const file = { text: initial, writes: 0 };
  const handle = {
    name: 'team.coaching.jsonl',
    kind: 'file',
    queryPermission: async () => permission,
    getFile: async () => new File([file.text], 'team.coaching.jsonl'),
    createWritable: async () => {
      let next = '';
      return {
        write: async (text: string) => void (next += text),
        close: async () => void ((file.text = next), file.writes++),
        abort: async () => undefined,
      };
    },
  } as unknown as LinkedFileHandle;
  return { file, handle };
}

const applyAll =
  (data: Awaited<ReturnType<typeof seed>>): Review =>
  async (records) => {
    await data.store.putMany(records, 'import');
    return records.length;
  };

function texts(text: string): string[] {
  const parsed = parseSharedFile(text);
  if (!parsed.ok) throw new Error('unreadable');
  return parsed.records.flatMap((r) => (r.type === 'observation' && 'text' in r ? [r.text] : []));
}

/** A colleague's shared note on the seed's first session. */
function colleagueNote(data: Awaited<ReturnType<typeof seed>>, id: string, text: string) {
  const shared = data.observations.find((o) => o.visibility === 'shared')!;
  return { ...shared, id, text, rev: { colleague: 1 } } satisfies Observation;
}

describe('syncing the linked team file', () => {
  it('re-reads the file just before writing: a colleague’s note written during the review is kept', async () => {
    const data = await seed();
    const first = colleagueNote(data, '01900000-0000-7000-8000-0000000000d1', 'Eerste collega');
    const later = colleagueNote(data, '01900000-0000-7000-8000-0000000000d2', 'Later erbij');
    const { file, handle } = memoryFile(serializeSharedFile([first]));
    const result = await syncTeamFile(handle, {
      store: data.store,
      now: NOW,
      review: async (records) => {
        file.text = serializeSharedFile([first, later]);
        return applyAll(data)(records);
      },
    });
    expect(result).toMatchObject({ outcome: 'synced', imported: 1, written: true });
    const inFile = texts(file.text);
    expect(inFile).toEqual(expect.arrayContaining(['Eerste collega', 'Later erbij']));
    expect(inFile).not.toContain('Prijsbezwaar te snel weggewuifd');
  });

  it('does not write when the merged file equals the file', async () => {
    const data = await seed();
    const { file, handle } = memoryFile('');
    await syncTeamFile(handle, { store: data.store, now: NOW, review: applyAll(data) });
    expect(file.writes).toBe(1);
    const again = await syncTeamFile(handle, {
      store: data.store,
      now: NOW,
      review: applyAll(data),
    });
    expect(again).toMatchObject({ outcome: 'synced', written: false });
    expect(file.writes).toBe(1);
  });

  it('never writes a file that does not parse, also when it broke during the review', async () => {
    const data = await seed();
    const { file, handle } = memoryFile('');
    const result = await syncTeamFile(handle, {
      store: data.store,
      now: NOW,
      review: async () => ((file.text = '<<<<<<< HEAD\n'), 0),
    });
    expect(result.outcome).toBe('unreadable');
    expect(result.detail?.[0]).toContain('line 1');
    expect(file).toEqual({ text: '<<<<<<< HEAD\n', writes: 0 });
  });

  it('without access it neither reads nor writes, and says so', async () => {
    const data = await seed();
    const { file, handle } = memoryFile('', 'prompt');
    let reviewed = false;
    const result = await syncTeamFile(handle, {
      store: data.store,
      now: NOW,
      review: async () => ((reviewed = true), 0),
    });
    expect(result).toMatchObject({ outcome: 'permission', written: false });
    expect(reviewed).toBe(false);
    expect(file.writes).toBe(0);
  });
});

describe('the unattended review at the end of a session', () => {
  it('takes a colleague’s new note in', async () => {
    const data = await seed();
    const note = colleagueNote(data, '01900000-0000-7000-8000-0000000000e1', 'Nieuw van collega');
    expect(await unattendedReview(data.store, 'dash-test')([note])).toBe(1);
    expect((await data.store.get('observation', note.id))?.text).toBe('Nieuw van collega');
  });

  it('leaves another person’s edit of my note for me to decide', async () => {
    const data = await seed();
    // This device belongs to the coach: Bram stands in for the coach's person record here.
    const me = claimActor(data.bram, at('2026-11-01T09:00:00Z'));
    await data.store.put(me);
    const mine = { ...data.observations[0]!, authorId: me.id } as Observation;
    await data.store.put(mine);
    const theirs = editRecord(
      mine,
      { text: 'Herschreven door iemand anders' },
      {
        actor: 'colleague',
        now: new Date('2026-11-02T09:00:00Z'),
      },
    );
    expect(await unattendedReview(data.store, 'dash-test')([theirs])).toBeUndefined();
    expect((await data.store.get('observation', mine.id))?.text).toBe(mine.text);
  });

  it('leaves any change to an existing record for review when this device belongs to nobody', async () => {
    const data = await seed();
    const edited = editRecord(
      data.track,
      { title: 'Andere titel' },
      {
        actor: 'colleague',
        now: new Date('2026-11-02T09:00:00Z'),
      },
    ) as StoredRecord;
    expect(await unattendedReview(data.store, 'dash-test')([edited])).toBeUndefined();
    expect((await data.store.get('track', data.track.id))?.title).toBe('Klantgesprekken');
  });
});
