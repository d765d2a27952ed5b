import { describe, expect, it } from 'vitest';
import {
  DEBRIEF_QUESTION_IDS,
  acceptForeignChange,
  answerDebrief,
  allowedActions,
  authorshipIndex,
  claimActor,
  createAction,
  compareRevisions,
  createObservation,
  createPerson,
  editRecord,
  isTombstone,
  keepMine,
  mergeIntoSharedFile,
  mergeRecordSets,
  parseSharedFile,
  planImport,
  setActionStatus,
  tombstoneOf,
  type ChangeContext,
  type Observation,
  type Session,
  type StoredRecord,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from '../model/fixtures';

const MAGIC = 'Magic 3: give the minimum tag length a name';
const QUESTION = DEBRIEF_QUESTION_IDS[0]!;

/** The coach's store, and the file after the junior rewrote three of her records. */
function walkedThrough() {
  const c = ctxAt(T0, 'coach-laptop');
  const marieke = claimActor(createPerson({ displayName: 'Marieke' }, c), c);
  const j = ctxAt(T0, 'junior-vscode');
  const daan = claimActor(createPerson({ displayName: 'Daan' }, j), j);
  const coach: ChangeContext = { ...c, person: marieke.id, now: new Date('2026-11-22T09:05:00Z') };
  const junior: ChangeContext = { ...j, person: daan.id, now: new Date('2026-11-23T08:00:00Z') };
  const track = aTrack({ coachIds: [marieke.id], coacheeIds: [daan.id] });
  const started = runningSession(track);
  const session = answerDebrief(started, { [QUESTION]: 'He explained his choices well' }, coach);
  const note = (text: string) =>
    createObservation(started, { kind: 'tip', text, visibility: 'shared' }, coach);
  const magic = note(MAGIC);
  const other = note('Name the test after the behaviour');
  const kept = note('Untouched note');
  const coachStore: StoredRecord[] = [marieke, daan, track, session, magic, other, kept];

  // Daan's VS Code imported the team file, then (an old or foreign tool) changed her records.
  const juniorStore: StoredRecord[] = [
    marieke,
    daan,
    track,
    answerDebrief(session, { [QUESTION]: 'I explained nothing' }, junior),
    tombstoneOf(magic, junior),
    editRecord(other, { visibility: 'private' }, junior),
    kept,
  ];
  const juniorFile = mergeIntoSharedFile(undefined, juniorStore, { includePrivate: true });
  return { marieke, daan, coach, session, magic, other, kept, coachStore, juniorFile };
}

describe('import guard: another person’s change to my record needs my yes', () => {
  it('lists the deletion, the hiding and the rewrite with who made them, and writes none of them', () => {
    const { marieke, daan, session, magic, other, coachStore, juniorFile } = walkedThrough();
    const plan = planImport(juniorFile, coachStore, { person: marieke.id });
    if (!plan.ok) throw new Error('plan failed');
    const listed = plan.foreign.map((f) => [f.mine.id, f.kind, f.byPersonIds]);
    expect(listed).toEqual(
      expect.arrayContaining([
        [magic.id, 'deleted', [daan.id]],
        [other.id, 'hidden', [daan.id]],
        [session.id, 'edited', [daan.id]],
      ]),
    );
    expect(plan.foreign).toHaveLength(3);
    const written = new Set(plan.records.map((r) => r.id));
    for (const id of [magic.id, other.id, session.id]) expect(written.has(id)).toBe(false);
  });

  it('without a person the plan writes everything, as before', () => {
    const { magic, coachStore, juniorFile } = walkedThrough();
    const plan = planImport(juniorFile, coachStore);
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.foreign).toEqual([]);
    expect(plan.records.some((r) => r.id === magic.id && isTombstone(r))).toBe(true);
  });

  it('"keep mine" restores all three, and a re-merge with the junior’s file keeps the coach’s version', () => {
    const { marieke, coach, session, magic, other, coachStore, juniorFile } = walkedThrough();
    const plan = planImport(juniorFile, coachStore, { person: marieke.id });
    if (!plan.ok) throw new Error('plan failed');
    const later = { ...coach, now: new Date('2026-11-24T10:00:00Z') };
    const restored = plan.foreign.map((change) => keepMine(change, later));
    for (const [i, change] of plan.foreign.entries()) {
      expect(compareRevisions(restored[i]!.rev, change.merged.rev)).toBe('after');
    }
    const store = mergeRecordSets([coachStore, plan.records, restored]);
    const parsed = parseSharedFile(juniorFile);
    if (!parsed.ok) throw new Error('parse failed');
    // Both orders, as the file and the store meet again anywhere.
    for (const merged of [
      mergeRecordSets([store, parsed.records]),
      mergeRecordSets([parsed.records, store]),
    ]) {
      const byId = new Map(merged.map((r) => [r.id, r]));
      expect((byId.get(magic.id) as Observation).text).toBe(MAGIC);
      expect((byId.get(other.id) as Observation).visibility).toBe('shared');
      expect((byId.get(session.id) as Session).after.debrief[QUESTION]).toBe(
        'He explained his choices well',
      );
      expect((byId.get(magic.id) as Observation).conflicts).toBeUndefined();
    }
    const again = planImport(juniorFile, store, { person: marieke.id });
    expect(again.ok && again.foreign).toEqual([]);
  });

  it('accepting applies their change', () => {
    const { marieke, magic, other, session, coachStore, juniorFile } = walkedThrough();
    const plan = planImport(juniorFile, coachStore, { person: marieke.id });
    if (!plan.ok) throw new Error('plan failed');
    const store = new Map(
      mergeRecordSets([coachStore, plan.records, plan.foreign.map(acceptForeignChange)]).map(
        (r) => [r.id, r],
      ),
    );
    expect(isTombstone(store.get(magic.id)!)).toBe(true);
    expect((store.get(other.id) as Observation).visibility).toBe('private');
    expect((store.get(session.id) as Session).after.debrief[QUESTION]).toBe('I explained nothing');
  });

  it('lets the junior’s own records and the coach’s edits from her other claimed device in silently', () => {
    const { marieke, daan, coach, kept, coachStore } = walkedThrough();
    const j: ChangeContext = { actor: 'junior-vscode', person: daan.id, now: new Date(T0) };
    const daansNote = createObservation(
      runningSession(aTrack()),
      { kind: 'top', text: 'mine', visibility: 'shared' },
      j,
    );
    // The coach edited on her other, claimed device; the file brings that edit back.
    const tablet: ChangeContext = { ...coach, actor: 'coach-tablet' };
    const mariekeBoth = claimActor(marieke, tablet);
    const file = mergeIntoSharedFile(undefined, [
      mariekeBoth,
      daan,
      daansNote,
      editRecord(kept, { text: 'Edited on the tablet' }, tablet),
    ]);
    // Her own store knows the tablet as hers (she claimed it there, or accepted the claim once).
    const known = coachStore.map((r) => (r.id === marieke.id ? mariekeBoth : r));
    const plan = planImport(file, known, { person: marieke.id });
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.foreign).toEqual([]);
    expect(plan.records.map((r) => r.id)).toEqual(expect.arrayContaining([daansNote.id, kept.id]));
  });

  it('a device the file claims on my person record is not me until my own store knows it', () => {
    const { marieke, daan, kept, coachStore } = walkedThrough();
    // A crafted file: a fresh device claimed on the coach's person record rewrites her note.
    const forged: ChangeContext = { actor: 'not-her-device', now: new Date(T0) };
    const file = mergeIntoSharedFile(undefined, [
      claimActor(marieke, forged),
      daan,
      editRecord(kept, { text: 'Rewritten' }, forged),
    ]);
    const plan = planImport(file, coachStore, { person: marieke.id });
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.foreign.map((f) => [f.mine.id, f.kind]).sort()).toEqual(
      [
        [marieke.id, 'edited'],
        [kept.id, 'edited'],
      ].sort(),
    );
    expect(plan.records.some((r) => r.id === kept.id)).toBe(false);
  });

  it('lets the owner of my action close it (the coachee owns their actions), but not reword it', () => {
    const { marieke, daan, coach, session, coachStore } = walkedThrough();
    const action = createAction(
      session,
      { text: 'Name the magic numbers', ownerId: daan.id },
      coach,
    );
    const store = [...coachStore, action];
    const junior: ChangeContext = { actor: 'junior-vscode', person: daan.id, now: new Date(T0) };
    const index = authorshipIndex(store);
    expect(allowedActions(daan.id, action, index)).toEqual(['status', 'reply', 'acknowledge']);
    expect(allowedActions(marieke.id, action, index)).toEqual([
      'edit',
      'delete',
      'status',
      'reply',
    ]);

    const closed = setActionStatus(action, 'done', junior);
    const closing = planImport(mergeIntoSharedFile(undefined, [marieke, daan, closed]), store, {
      person: marieke.id,
    });
    if (!closing.ok) throw new Error('plan failed');
    expect(closing.foreign).toEqual([]);
    expect(closing.records.some((r) => r.id === action.id)).toBe(true);

    const reworded = editRecord(closed, { text: 'Forget the magic numbers' }, junior);
    const rewording = planImport(mergeIntoSharedFile(undefined, [marieke, daan, reworded]), store, {
      person: marieke.id,
    });
    if (!rewording.ok) throw new Error('plan failed');
    expect(rewording.foreign.map((f) => [f.mine.id, f.kind])).toEqual([[action.id, 'edited']]);
  });

  it('lets a person claim their device on the person record someone else created for them', () => {
    const { marieke, coach, coachStore } = walkedThrough();
    // The coach added Jesse before he ever opened the tool; his VS Code then claims that record.
    const jesse = createPerson({ displayName: 'Jesse' }, coach);
    const own: ChangeContext = { actor: 'jesse-vscode', now: new Date(T0) };
    const claimed = claimActor(jesse, own);
    const plan = planImport(
      mergeIntoSharedFile(undefined, [marieke, claimed]),
      [...coachStore, jesse],
      {
        person: marieke.id,
      },
    );
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.foreign).toEqual([]);
    expect(plan.records.some((r) => r.id === jesse.id)).toBe(true);
  });
});
