import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  authorOf,
  authorshipIndex,
  authorshipLabels,
  canEdit,
  claimActor,
  createObservation,
  createPerson,
  editRecord,
  isTombstone,
  lastEditorOf,
  mergeRecordSets,
  tombstoneOf,
  validateRecord,
  type ChangeContext,
  type CoachingRecord,
  type Observation,
  type Person,
  type StoredRecord,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from './fixtures';

const COACH_DEVICE = 'coach-laptop';
const JUNIOR_DEVICE = 'junior-vscode';

/** Marieke coaches Daan; each claimed their device once. */
function twoPeople() {
  const setup = ctxAt(T0, COACH_DEVICE);
  const marieke = claimActor(createPerson({ displayName: 'Marieke' }, setup), setup);
  const daanCtx = ctxAt(T0, JUNIOR_DEVICE);
  const daan = claimActor(createPerson({ displayName: 'Daan' }, daanCtx), daanCtx);
  const coach: ChangeContext = { ...ctxAt(T0, COACH_DEVICE), person: marieke.id };
  const junior: ChangeContext = { ...ctxAt(T0, JUNIOR_DEVICE), person: daan.id };
  return { marieke, daan, coach, junior };
}

function coachNote(coach: ChangeContext, marieke: Person, daan: Person): Observation {
  const track = aTrack({ coachIds: [marieke.id], coacheeIds: [daan.id] });
  const session = runningSession(track);
  return createObservation(
    session,
    { kind: 'tip', text: 'Magic 3: give the minimum tag length a name', visibility: 'shared' },
    { ...coach, now: new Date('2026-11-22T09:05:00.000Z') },
  );
}

describe('authorship', () => {
  it('names the person of the creating installation as author, and an edit names its replica', () => {
    const { marieke, daan, coach, junior } = twoPeople();
    const note = coachNote(coach, marieke, daan);
    expect(note.authorId).toBe(marieke.id);
    expect(note.editedBy).toBeUndefined();
    const edited = editRecord(note, { text: 'rewritten' }, junior);
    expect(edited.authorId).toBe(marieke.id);
    expect(edited.editedBy).toBe(JUNIOR_DEVICE);
    expect(validateRecord(edited).ok).toBe(true);
  });

  it('refuses to re-attribute a record through an edit patch', () => {
    const { marieke, daan, coach, junior } = twoPeople();
    const note = coachNote(coach, marieke, daan);
    const patch = { authorId: daan.id, editedBy: 'forged' } as unknown as { text: string };
    const edited = editRecord(note, patch, junior);
    expect(edited.authorId).toBe(marieke.id);
    expect(edited.editedBy).toBe(JUNIOR_DEVICE);
  });

  it('labels "by Marieke" and "edited by Daan" in English and Dutch', () => {
    const { marieke, daan, coach, junior } = twoPeople();
    const note = coachNote(coach, marieke, daan);
    const edited = editRecord(note, { text: 'rewritten' }, junior);
    const index = authorshipIndex([marieke, daan, edited]);
    expect(authorshipLabels(note, index, 'en')).toEqual({ by: 'by Marieke' });
    expect(authorshipLabels(edited, index, 'en')).toEqual({
      by: 'by Marieke',
      editedBy: 'edited by Daan',
    });
    expect(authorshipLabels(edited, index, 'nl')).toEqual({
      by: 'door Marieke',
      editedBy: 'bewerkt door Daan',
    });
  });

  it('counts further editors with the plural forms', () => {
    const { marieke, daan, coach, junior } = twoPeople();
    const ctxs = ['Noor', 'Sem'].map((name) => {
      const c = ctxAt(T0, `device-${name}`);
      return { person: claimActor(createPerson({ displayName: name }, c), c), ctx: c };
    });
    let note: Observation = coachNote(coach, marieke, daan);
    note = editRecord(note, { text: 'by Noor' }, ctxs[0]!.ctx);
    const people = [marieke, daan, ...ctxs.map((c) => c.person)];
    note = editRecord(note, { text: 'by Daan' }, junior);
    expect(authorshipLabels(note, authorshipIndex([...people, note]), 'en').editedBy).toBe(
      'edited by Daan and 1 other person',
    );
    note = editRecord(note, { text: 'by Sem' }, ctxs[1]!.ctx);
    note = editRecord(note, { text: 'by Daan again' }, junior);
    expect(authorshipLabels(note, authorshipIndex([...people, note]), 'nl').editedBy).toBe(
      'bewerkt door Daan en 2 anderen',
    );
  });

  it('reads a legacy record without author as written by its session’s first coach', () => {
    const { marieke, daan, coach } = twoPeople();
    const track = aTrack({ coachIds: [marieke.id], coacheeIds: [daan.id] });
    const session = runningSession(track);
    const { authorId: _none, ...legacy } = coachNote(coach, marieke, daan);
    const note = { ...legacy, sessionId: session.id, rev: { a: 1, b: 2 } } as Observation;
    const index = authorshipIndex([marieke, daan, track, session, note]);
    expect(authorOf(note, index)).toBe(marieke.id);
    expect(authorOf(session, index)).toBe(marieke.id);
  });

  it('reads a legacy record changed by one claimed replica only as that person’s', () => {
    const { marieke, daan } = twoPeople();
    const made = createPerson({ displayName: 'Someone' }, ctxAt(T0, JUNIOR_DEVICE));
    expect(authorOf(made, authorshipIndex([marieke, daan, made]))).toBe(daan.id);
  });

  it('gives a replica claimed by two people to nobody', () => {
    const { marieke, daan, coach, junior } = twoPeople();
    const forged = editRecord(daan, { actorIds: [JUNIOR_DEVICE, COACH_DEVICE] }, junior);
    const note = editRecord(coachNote(coach, marieke, daan), { text: 'x' }, coach);
    const index = authorshipIndex([marieke, forged, note]);
    expect(index.personOfActor.has(COACH_DEVICE)).toBe(false);
    expect(lastEditorOf(note, index)).toBeUndefined();
    // The author is written in the record, so the forged claim does not take it over.
    expect(canEdit(daan.id, note, index)).toBe(false);
  });

  it('lets only the author edit, delete or hide; others may reply to and acknowledge a shared note only', () => {
    const { marieke, daan, coach } = twoPeople();
    const note = coachNote(coach, marieke, daan);
    const index = authorshipIndex([marieke, daan, note]);
    expect(canEdit(marieke.id, note, index)).toBe(true);
    expect(canEdit(daan.id, note, index)).toBe(false);
    expect(allowedActions(marieke.id, note, index)).toEqual(['edit', 'delete', 'hide', 'reply']);
    expect(allowedActions(daan.id, note, index)).toEqual(['reply', 'acknowledge']);
    expect(allowedActions(marieke.id, marieke, index)).toEqual(['edit', 'delete']);
    const hidden = editRecord(note, { visibility: 'private' }, coach);
    expect(allowedActions(daan.id, hidden, index)).toEqual([]);
  });

  it('treats two person records linked as aliases as one author', () => {
    const { marieke, daan, coach } = twoPeople();
    // Marieke's VS Code made a second person record for her; an import linked it as an alias.
    const vscode = ctxAt(T0, 'coach-vscode');
    const second = claimActor(createPerson({ displayName: 'Marieke' }, vscode), vscode);
    const linked = editRecord(marieke, { aliases: [second.id] }, coach);
    const note = coachNote(coach, marieke, daan);
    const index = authorshipIndex([linked, second, daan, note]);
    expect(canEdit(second.id, note, index)).toBe(true);
    expect(canEdit(daan.id, note, index)).toBe(false);
    const edited = editRecord(note, { text: 'from her other device' }, vscode);
    expect(authorshipLabels(edited, authorshipIndex([linked, second, daan, edited]), 'en')).toEqual(
      {
        by: 'by Marieke',
      },
    );
  });

  it('claims a device once: claiming again changes nothing', () => {
    const { marieke, coach } = twoPeople();
    expect(claimActor(marieke, coach)).toBe(marieke);
  });
});

describe('authorship survives merges in any order (fast-check)', () => {
  type Op = { who: 0 | 1; kind: 'edit' | 'delete' | 'sync'; note: number };
  const opArb = fc.record({
    who: fc.constantFrom(0 as const, 1 as const),
    kind: fc.constantFrom('edit' as const, 'delete' as const, 'sync' as const),
    note: fc.nat({ max: 2 }),
  });

  it('every merge order gives each record the same author and last editor', () => {
    const { marieke, daan, coach, junior } = twoPeople();
    const notes = [0, 1, 2].map((i) =>
      i === 2
        ? createObservation(
            runningSession(aTrack()),
            { kind: 'top', text: 'junior note' },
            { ...junior, now: new Date('2026-11-22T09:01:00.000Z') },
          )
        : coachNote(coach, marieke, daan),
    );
    const ctxs = [coach, junior];
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), fc.nat(), (ops: Op[], pick) => {
        const replicas: Map<string, StoredRecord>[] = [0, 1].map(
          () => new Map<string, StoredRecord>([marieke, daan, ...notes].map((r) => [r.id, r])),
        );
        const snapshots: StoredRecord[][] = [];
        let clock = 0;
        for (const op of ops) {
          const replica = replicas[op.who]!;
          if (op.kind === 'sync') {
            const merged = mergeRecordSets([replica.values(), replicas[1 - op.who]!.values()]);
            replicas[op.who] = new Map(merged.map((r) => [r.id, r]));
          } else {
            const current = replica.get(notes[op.note]!.id)!;
            if (isTombstone(current)) continue;
            const ctx = { ...ctxs[op.who]!, now: new Date(Date.parse(T0) + ++clock * 60_000) };
            replica.set(
              current.id,
              op.kind === 'delete'
                ? tombstoneOf(current, ctx)
                : editRecord(current as Observation, { text: `edit ${clock}` }, ctx),
            );
          }
          snapshots.push([...replicas[0]!.values()], [...replicas[1]!.values()]);
        }
        const a = snapshots[pick % Math.max(1, snapshots.length)] ?? [];
        const b = [...replicas[0]!.values()];
        const c = [...replicas[1]!.values()];
        const orders = [
          mergeRecordSets([a, b, c]),
          mergeRecordSets([c, b, a]),
          mergeRecordSets([mergeRecordSets([b, a]), c]),
        ];
        const summary = (records: StoredRecord[]) => {
          const index = authorshipIndex(records);
          return records
            .filter((r): r is CoachingRecord => !isTombstone(r))
            .map((r) => [r.id, authorOf(r, index), lastEditorOf(r, index)]);
        };
        const first = summary(orders[0]!);
        for (const merged of orders.slice(1)) expect(summary(merged)).toEqual(first);
        // Nobody's edit re-attributes a note: authors are the creators, whatever happened.
        const index = authorshipIndex(orders[0]!);
        for (const [id, author] of first) {
          expect(author).toBe(
            id === notes[2]!.id ? daan.id : id === daan.id ? daan.id : marieke.id,
          );
        }
        expect(index.people.size).toBe(2);
      }),
      { numRuns: 150 },
    );
  });
});
