/**
 * The Store contract: one suite, run against every adapter (memory, IndexedDB on
 * fake-indexeddb, IndexedDB in real Chromium). `makeStore` returns a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  tombstoneOf,
  validateRecord,
  type StoredRecord,
  InvalidRecordError,
  StoreClosedError,
  type Store,
  type StoreChange,
} from '@coaching-notes/shared';
import { ACTOR, action, observation, person, session, track, world } from './factory';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const ctx = { actor: ACTOR, now: NOW };

export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores and reads back a copy of each record type', async () => {
      const w = world();
      const records = Object.values(w);
      for (const record of records) await store.put(record);
      for (const record of records) {
        const read = await store.get(record.type, record.id);
        expect(read).toEqual(record);
        expect(read).not.toBe(record);
      }
      expect(await store.get('observation', w.coachee.id)).toBeUndefined();
      expect(await store.all()).toHaveLength(records.length);
    });

    it('is not changed by mutating objects passed in or read out', async () => {
      const p = person();
      await store.put(p);
      p.displayName = 'changed after put';
      const read = await store.get('person', p.id);
      read!.displayName = 'changed after get';
      expect((await store.get('person', p.id))?.displayName).toBe('Sam Jansen');
    });

    it('lists by type, person, track, session and date range, ordered by date', async () => {
      const w = world();
      const other = world(w.coach);
      const later = observation(w.session, { at: '2026-01-20T11:00:00.000Z', kind: 'tip' });
      const early = observation(w.session, { at: '2026-01-20T09:00:00.000Z' });
      await store.putMany([...Object.values(w), ...Object.values(other), later, early]);

      const ids = (records: StoredRecord[]) => records.map((r) => r.id);
      expect(ids(await store.list({ type: 'observation', sessionId: w.session.id }))).toEqual([
        early.id,
        w.observation.id,
        later.id,
      ]);
      expect(ids(await store.list({ type: 'observation', personId: w.coachee.id }))).toEqual([
        early.id,
        w.observation.id,
        later.id,
      ]);
      expect(ids(await store.list({ type: 'session', personId: w.coach.id }))).toHaveLength(2);
      expect(ids(await store.list({ type: 'goal', trackId: other.track.id }))).toEqual([
        other.goal.id,
      ]);
      expect(ids(await store.list({ type: 'action', personId: w.coachee.id }))).toEqual([
        w.action.id,
      ]);
      expect(
        ids(
          await store.list({
            type: 'observation',
            personId: w.coachee.id,
            from: '2026-01-20T10:00:00.000Z',
            to: '2026-01-20T11:00:00.000Z',
          }),
        ),
      ).toEqual([w.observation.id]);
      expect(await store.list({ type: 'session', from: '2026-01-21' })).toEqual([]);
      expect(await store.list({ type: 'session', to: '2026-01-20' })).toEqual([]);
      expect(ids(await store.list({ type: 'person' }))).toHaveLength(3);
    });

    it('deletes as a tombstone that only getStored and includeDeleted show', async () => {
      const w = world();
      await store.putMany(Object.values(w));
      const tomb = tombstoneOf(w.observation, ctx);
      await store.delete(tomb);
      expect(await store.get('observation', w.observation.id)).toBeUndefined();
      expect(await store.getStored('observation', w.observation.id)).toEqual(tomb);
      expect(await store.list({ type: 'observation' })).toEqual([]);
      expect(await store.list({ type: 'observation', includeDeleted: true })).toEqual([tomb]);
      await expect(store.delete(w.action as never)).rejects.toBeInstanceOf(InvalidRecordError);
    });

    it('rejects invalid records and writes nothing of a batch that has one', async () => {
      const w = world();
      const bad = { ...w.observation, text: 42 } as unknown as StoredRecord;
      await expect(store.put(bad)).rejects.toBeInstanceOf(InvalidRecordError);
      await expect(store.putMany([w.coachee, w.track, bad])).rejects.toMatchObject({
        name: 'InvalidRecordError',
        issues: [{ path: 'text', message: expect.any(String) }],
      });
      expect(await store.all()).toEqual([]);
    });

    it('announces writes to subscribers until they unsubscribe', async () => {
      const changes: StoreChange[] = [];
      const unsubscribe = store.subscribe((change) => changes.push(change));
      const w = world();
      await store.put(w.coachee);
      await store.putMany([w.track, w.goal], 'import');
      await store.delete(tombstoneOf(w.goal, ctx));
      unsubscribe();
      await store.put(w.coach);
      await settle();
      expect(changes.map((c) => [c.cause, c.records.map((r) => r.id)])).toEqual([
        ['put', [w.coachee.id]],
        ['import', [w.track.id, w.goal.id]],
        ['delete', [w.goal.id]],
      ]);
      expect(changes.every((c) => !c.remote)).toBe(true);
    });

    it('erases a person: tombstones their own records, edits shared ones', async () => {
      const w = world();
      const peer = person({ displayName: 'Noor Peeters' });
      const shared = track([w.coachee.id, peer.id], [w.coach.id], { kind: 'intervision' });
      const meeting = session([w.coachee.id, peer.id], [w.coach.id], { trackId: shared.id });
      const aboutBoth = observation(meeting);
      const aboutPeer = observation(meeting, { coacheeIds: [peer.id], text: 'Noor asked first' });
      const ownedBySam = action(meeting, { ownerId: w.coachee.id, coacheeIds: [peer.id] });
      const conflicted = {
        ...aboutPeer,
        conflicts: [
          {
            rev: { other: 1 },
            updatedAt: aboutPeer.updatedAt,
            fields: { ...contentOf(aboutPeer), coacheeIds: [peer.id, w.coachee.id] },
          },
        ],
      };
      await store.putMany([
        ...Object.values(w),
        peer,
        shared,
        meeting,
        aboutBoth,
        conflicted,
        ownedBySam,
      ]);

      const report = await store.erasePerson(w.coachee.id, ACTOR, NOW);

      // Sam's person, track, goal, session, observation, action: tombstones.
      expect(report).toEqual({ personId: w.coachee.id, erased: 6, edited: 5 });
      const all = await store.all();
      const text = JSON.stringify(all.filter((r) => !('deleted' in r)));
      expect(text).not.toContain(w.coachee.id);
      for (const id of [w.coachee.id, w.track.id, w.goal.id, w.session.id, w.observation.id]) {
        const stored = all.find((r) => r.id === id)!;
        expect(stored).toMatchObject({ deleted: true, updatedAt: NOW.toISOString() });
        expect(validateRecord(stored).ok).toBe(true);
        expect(Object.keys(stored).sort()).toEqual(
          ['createdAt', 'deleted', 'id', 'rev', 'type', 'updatedAt'].sort(),
        );
      }
      expect(JSON.stringify(all)).not.toContain('Sam Jansen');
      // Shared records keep the others, with a revision that descends from the old one.
      expect(await store.get('track', shared.id)).toMatchObject({
        coacheeIds: [peer.id],
        coachIds: [w.coach.id],
        rev: { [ACTOR]: 2 },
      });
      expect((await store.get('observation', aboutBoth.id))?.coacheeIds).toEqual([peer.id]);
      const edited = await store.get('observation', aboutPeer.id);
      expect(edited?.conflicts?.[0]?.fields['coacheeIds']).toEqual([peer.id]);
      const kept = await store.get('action', ownedBySam.id);
      expect(kept && 'ownerId' in kept).toBe(false);
      expect(await store.get('person', peer.id)).toEqual(peer);
      expect(await store.get('person', w.coach.id)).toEqual(w.coach);
    });

    it('purges records older than the retention period', async () => {
      const old = world();
      const closedOld = { ...old.track, status: 'closed' as const };
      const recent = world(old.coach);
      const recentSession = {
        ...recent.session,
        date: '2026-02-10',
        updatedAt: '2026-02-10T10:00:00.000Z',
      };
      const recentObservation = { ...recent.observation, at: '2026-02-10T10:05:00.000Z' };
      const recentAction = { ...recent.action, due: '2026-03-10' };
      const closedButActive = { ...recent.track, status: 'closed' as const };
      await store.putMany([
        ...Object.values(old),
        closedOld,
        ...Object.values(recent),
        recentSession,
        recentObservation,
        recentAction,
        closedButActive,
      ]);
      const changes: StoreChange[] = [];
      store.subscribe((change) => changes.push(change));

      const report = await store.purgeOlderThan(1, ACTOR, NOW);

      expect(report.cutoff).toBe('2026-02-01');
      // old: session, observation, action, closed track, its goal, the coachee (no longer named)
      // recent: its old goal's track is kept, so the goal is too; nothing else is old.
      const purgedIds = [
        old.session.id,
        old.observation.id,
        old.action.id,
        old.track.id,
        old.goal.id,
        old.coachee.id,
      ];
      expect(report.purged).toBe(purgedIds.length);
      for (const id of purgedIds) {
        const stored = (await store.all()).find((r) => r.id === id);
        expect(stored).toMatchObject({ deleted: true });
      }
      expect(await store.get('person', old.coach.id)).toEqual(old.coach);
      expect(await store.get('track', recent.track.id)).toEqual(closedButActive);
      expect(await store.get('goal', recent.goal.id)).toEqual(recent.goal);
      expect(await store.get('person', recent.coachee.id)).toEqual(recent.coachee);
      expect(changes.map((c) => [c.cause, c.records.length])).toEqual([['purge', 6]]);
      await expect(store.purgeOlderThan(0, ACTOR, NOW)).rejects.toBeInstanceOf(RangeError);
    });

    it('refuses to work after close', async () => {
      await store.close();
      await expect(store.get('person', person().id)).rejects.toBeInstanceOf(StoreClosedError);
      await expect(store.put(person())).rejects.toBeInstanceOf(StoreClosedError);
    });
  });
}

function contentOf(record: StoredRecord): Record<string, unknown> {
  const { type: _t, id: _i, createdAt: _c, updatedAt: _u, rev: _r, ...fields } = record;
  return fields;
}

/** Lets cross-connection messages (BroadcastChannel) arrive. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
