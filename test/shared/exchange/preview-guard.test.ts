import { describe, expect, it } from 'vitest';
import {
  DEBRIEF_QUESTION_IDS,
  answerDebrief,
  claimActor,
  createMemoryStore,
  createObservation,
  createPerson,
  editRecord,
  importWrites,
  isTombstone,
  previewImport,
  recordKey,
  tombstoneOf,
  type ChangeContext,
  type ForeignDecision,
  type StoredRecord,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from '../model/fixtures';

const MAGIC = 'Magic 3: give the minimum tag length a name';
const QUESTION = DEBRIEF_QUESTION_IDS[0]!;

/** Marieke's store, and what Daan's tools wrote to her records (what the file brings back). */
async function mariekesImport() {
  const c = ctxAt(T0, 'coach-laptop');
  const marieke = claimActor(createPerson({ displayName: 'Marieke' }, c), c);
  const j = ctxAt(T0, 'junior-laptop');
  const daan = claimActor(createPerson({ displayName: 'Daan' }, j), j);
  const coach: ChangeContext = { ...c, person: marieke.id, now: new Date('2026-11-22T10:00:00Z') };
  const junior: ChangeContext = { ...j, person: daan.id, now: new Date('2026-11-23T08:00:00Z') };
  const track = aTrack({ coachIds: [marieke.id], coacheeIds: [daan.id] });
  const session = answerDebrief(runningSession(track), { [QUESTION]: 'Clear choices' }, coach);
  const note = (text: string) =>
    createObservation(session, { kind: 'tip', text, visibility: 'shared' }, coach);
  const magic = note(MAGIC);
  const other = note('Name the test after the behaviour');
  const kept = note('Untouched note');
  const store = createMemoryStore();
  // Marieke's store knows only herself: Daan arrives with the file.
  await store.putMany([marieke, track, session, magic, other, kept]);
  const file: StoredRecord[] = [
    marieke,
    daan,
    track,
    answerDebrief(session, { [QUESTION]: 'I explained nothing' }, junior),
    tombstoneOf(magic, junior),
    editRecord(other, { visibility: 'private' }, junior),
    kept,
  ];
  return { store, file, marieke, daan, coach, session, magic, other };
}

describe('previewImport with the importing person', () => {
  it('lists Daan’s delete, hide and edit of Marieke’s records as foreign, with who, and leaves them out of the writes', async () => {
    const { store, file, marieke, daan, magic, other, session } = await mariekesImport();
    const preview = await previewImport(store, file, { person: marieke.id });
    expect(preview.foreign.map((f) => [f.kind, f.mine.id, f.byPersonIds])).toEqual(
      expect.arrayContaining([
        ['deleted', magic.id, [daan.id]],
        ['hidden', other.id, [daan.id]],
        ['edited', session.id, [daan.id]],
      ]),
    );
    expect(preview.foreign).toHaveLength(3);
    expect(preview.counts.foreign).toEqual({ observation: 2, session: 1 });
    expect(preview.entries.filter((e) => e.outcome === 'foreign')).toHaveLength(3);
    const written = new Set(preview.writes.map(recordKey));
    for (const id of [magic.id, other.id, session.id])
      expect([...written].some((key) => key.endsWith(id))).toBe(false);
    // Daan himself is new: that goes in at once.
    expect(preview.writes.map((r) => r.id)).toContain(daan.id);
  });

  it('without a person it previews as before: the other person’s changes are plain writes', async () => {
    const { store, file, magic } = await mariekesImport();
    const preview = await previewImport(store, file);
    expect(preview.foreign).toEqual([]);
    expect(preview.counts.foreign).toEqual({});
    expect(preview.writes.some((r) => r.id === magic.id && isTombstone(r))).toBe(true);
  });

  it('"Keep mine" writes my version so it wins the next import; "accept" takes theirs; no answer writes nothing', async () => {
    const { store, file, marieke, coach, magic, other, session } = await mariekesImport();
    const preview = await previewImport(store, file, { person: marieke.id });
    const key = (id: string) => recordKey(preview.foreign.find((f) => f.mine.id === id)!.merged);
    const decisions = new Map<string, ForeignDecision>([
      [key(magic.id), 'keepMine'],
      [key(other.id), 'accept'],
    ]);
    const writes = importWrites(preview, new Map(), coach, decisions);
    expect(writes.some((r) => r.id === session.id)).toBe(false);
    await store.putMany(writes, 'import');
    expect((await store.get('observation', magic.id))?.text).toBe(MAGIC);
    expect((await store.get('observation', other.id))?.visibility).toBe('private');
    expect((await store.get('session', session.id))?.after.debrief[QUESTION]).toBe('Clear choices');

    // The same file again: her kept note stays (hers is newer), the unanswered edit is listed again.
    const again = await previewImport(store, file, { person: marieke.id });
    expect(again.foreign.map((f) => f.mine.id)).toEqual([session.id]);
    expect(again.entries.find((e) => e.merged.id === magic.id)?.outcome).toBe('kept');
  });
});
