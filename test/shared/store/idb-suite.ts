/**
 * Tests of the IndexedDB adapter beyond the Store contract: schema versions and migrations,
 * blocked upgrades, invalid rows, raw rows after erase and purge, other connections, atomic
 * and quota-failing transactions. Runs on fake-indexeddb (unit) and in Chromium (browser).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type StoredRecord,
  type InvalidStoredRecord,
  type Store,
  type StoreChange,
  StoreClosedError,
  StoreQuotaError,
} from '@coaching-notes/shared';
import {
  DB_VERSION,
  envelopeOf,
  MIGRATIONS,
  openIdbStore,
  runMigrations,
} from '@coaching-notes/shared/idb';
import { settle } from './contract';
import { ACTOR, person, world } from './factory';

const NOW = new Date('2026-03-01T12:00:00.000Z');
let counter = 0;
const uniqueName = () => `idb-suite-${Date.now()}-${++counter}`;

/** How a row looked in each schema version: the migration test of version N writes these. */
const ROW_AT_VERSION: Record<number, (record: StoredRecord) => unknown> = {
  1: (record) => ({ type: record.type, id: record.id, record }),
  2: (record) => envelopeOf(record),
};

/** A database at an old version, built by the real migration steps up to that version. */
async function createAtVersion(name: string, version: number, rows: unknown[]) {
  const db = await openDB(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      await runMigrations(database, tx as never, oldVersion, newVersion ?? version);
    },
  });
  const tx = db.transaction('records', 'readwrite');
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
  db.close();
}

async function rawRows(name: string): Promise<{ record: Record<string, unknown> }[]> {
  const db = await openDB(name);
  try {
    return (await db.getAll('records')) as { record: Record<string, unknown> }[];
  } finally {
    db.close();
  }
}

export function idbAdapterSuite(label: string): void {
  describe(`IndexedDB adapter: ${label}`, () => {
    const open: Array<Store | IDBPDatabase<unknown>> = [];
    afterEach(async () => {
      vi.restoreAllMocks();
      for (const handle of open.splice(0)) await handle.close();
    });
    const track = <T extends Store | IDBPDatabase<unknown>>(handle: T) => (
      open.push(handle),
      handle
    );

    it('has one row writer per schema version, so each version has a migration test', () => {
      expect(MIGRATIONS).toHaveLength(DB_VERSION);
      expect(Object.keys(ROW_AT_VERSION).map(Number)).toEqual(
        Array.from({ length: DB_VERSION }, (_, i) => i + 1),
      );
    });

    it('creates the current schema with every index the dashboard needs', async () => {
      const name = uniqueName();
      track(await openIdbStore({ name })).close();
      const db = track(await openDB(name));
      expect(db.version).toBe(DB_VERSION);
      const indexes = [...db.transaction('records').store.indexNames].sort();
      expect(indexes).toEqual([
        'byType',
        'byTypeDate',
        'byTypePerson',
        'byTypeSession',
        'byTypeTrack',
        'byUpdatedAt',
      ]);
    });

    for (let version = 1; version <= DB_VERSION; version++) {
      it(`upgrades a version ${version} database with data to version ${DB_VERSION}`, async () => {
        const name = uniqueName();
        const w = world();
        const records = Object.values(w);
        const broken = { type: 'observation', id: 'not-an-id', record: { type: 'observation' } };
        await createAtVersion(name, version, [...records.map(ROW_AT_VERSION[version]!), broken]);

        const invalid: InvalidStoredRecord[] = [];
        const store = track(await openIdbStore({ name, onInvalid: (r) => invalid.push(r) }));
        for (const record of records)
          expect(await store.getStored(record.type, record.id)).toEqual(record);
        // The indexes answer for rows written before they existed.
        const byPerson = await store.list({ type: 'observation', personId: w.coachee.id });
        expect(byPerson.map((r) => r.id)).toEqual([w.observation.id]);
        expect((await store.list({ type: 'goal', trackId: w.track.id })).map((r) => r.id)).toEqual([
          w.goal.id,
        ]);
        expect(await store.list({ type: 'session', from: '2026-01-20', to: '2026-01-21' })).toEqual(
          [w.session],
        );
        // The broken row is reported, excluded, and still in the database.
        expect(await store.list({ type: 'observation' })).toHaveLength(1);
        expect(invalid[0]).toMatchObject({ type: 'observation', id: 'not-an-id' });
        await store.close();
        expect(
          (await rawRows(name)).some(
            (row) => row.record['type'] === 'observation' && !('id' in row.record),
          ),
        ).toBe(true);
      });
    }

    it('reports invalid stored records on read, excludes them, and never deletes them', async () => {
      const name = uniqueName();
      const w = world();
      const invalid: InvalidStoredRecord[] = [];
      const store = track(await openIdbStore({ name, onInvalid: (r) => invalid.push(r) }));
      await store.putMany(Object.values(w));
      const db = await openDB(name);
      const tampered = { ...envelopeOf(w.observation), record: { ...w.observation, text: 7 } };
      await db.put('records', tampered);
      db.close();

      expect(await store.get('observation', w.observation.id)).toBeUndefined();
      expect(await store.list({ type: 'observation', sessionId: w.session.id })).toEqual([]);
      expect((await store.all()).map((r) => r.id)).not.toContain(w.observation.id);
      expect(invalid.length).toBeGreaterThanOrEqual(3);
      expect(invalid[0]).toEqual({
        type: 'observation',
        id: w.observation.id,
        issues: [{ path: 'text', message: expect.any(String) }],
      });
      await store.erasePerson(w.coachee.id, ACTOR, NOW);
      await store.purgeOlderThan(1, ACTOR, NOW);
      const row = (await rawRows(name)).find((r) => r.record['id'] === w.observation.id);
      expect(row?.record['text']).toBe(7);
    });

    it('leaves no personal text in the raw rows after erase', async () => {
      const name = uniqueName();
      const w = world();
      const store = track(await openIdbStore({ name }));
      await store.putMany(Object.values(w));
      const report = await store.erasePerson(w.coachee.id, ACTOR, NOW);
      expect(report.erased).toBe(6);
      const rows = await rawRows(name);
      const json = JSON.stringify(rows);
      for (const text of ['Sam Jansen', 'Client calls', 'agenda', 'Summarised', 'Renewal']) {
        expect(json).not.toContain(text);
      }
      const live = rows.filter((row) => !row.record['deleted']);
      expect(live.map((row) => row.record['id'])).toEqual([w.coach.id]);
      expect(JSON.stringify(live)).not.toContain(w.coachee.id);
    });

    it('leaves only tombstones of purged records in the raw rows', async () => {
      const name = uniqueName();
      const w = world();
      const store = track(await openIdbStore({ name }));
      await store.putMany([...Object.values(w), { ...w.track, status: 'closed' }]);
      const report = await store.purgeOlderThan(1, ACTOR, NOW);
      // Everything is old, and the coach is no longer named by any kept record.
      expect(report).toEqual({ purged: 7, cutoff: '2026-02-01' });
      const rows = await rawRows(name);
      expect(rows).toHaveLength(7);
      expect(rows.every((row) => row.record['deleted'] === true)).toBe(true);
      expect(JSON.stringify(rows)).not.toContain('Summarised');
      expect(JSON.stringify(rows)).not.toContain('Sam Jansen');
    });

    it('tells an old connection to close when a newer version opens, then refuses calls', async () => {
      const name = uniqueName();
      const closed: string[] = [];
      const store = track(await openIdbStore({ name, onClosed: (reason) => closed.push(reason) }));
      const newer = track(await openDB(name, DB_VERSION + 1));
      expect(newer.version).toBe(DB_VERSION + 1);
      expect(closed).toEqual(['versionchange']);
      await expect(store.get('person', person().id)).rejects.toEqual(
        new StoreClosedError('versionchange'),
      );
    });

    it('tells the caller when an old connection blocks the upgrade, and opens once it closes', async () => {
      const name = uniqueName();
      const w = world();
      await createAtVersion(name, 1, [ROW_AT_VERSION[1]!(w.coachee)]);
      // An old tab that ignores versionchange (no `blocking` handler closes it).
      const oldTab = await openDB(name, 1);
      const blocked: unknown[] = [];
      const opening = openIdbStore({ name, onBlocked: (info) => blocked.push(info) });
      await vi.waitFor(() =>
        expect(blocked).toEqual([{ currentVersion: 1, requestedVersion: DB_VERSION }]),
      );
      oldTab.close();
      const store = track(await opening);
      expect(await store.get('person', w.coachee.id)).toEqual(w.coachee);
    });

    it('announces changes made through another connection', async () => {
      const name = uniqueName();
      const tabA = track(await openIdbStore({ name }));
      const tabB = track(await openIdbStore({ name }));
      const seenByB: StoreChange[] = [];
      const seenByA: StoreChange[] = [];
      tabB.subscribe((change) => seenByB.push(change));
      tabA.subscribe((change) => seenByA.push(change));
      const w = world();
      await tabA.putMany(Object.values(w), 'import');
      await tabA.erasePerson(w.coachee.id, ACTOR, NOW);
      await vi.waitFor(() => expect(seenByB).toHaveLength(2));
      expect(seenByB[0]).toEqual({ cause: 'import', records: Object.values(w), remote: true });
      expect(seenByB[1]).toMatchObject({ cause: 'erase', remote: true });
      expect(seenByB[1]!.records).toHaveLength(6);
      await settle();
      expect(seenByA.map((c) => [c.cause, c.remote])).toEqual([
        ['import', undefined],
        ['erase', undefined],
      ]);
      expect(await tabB.get('person', w.coachee.id)).toBeUndefined();
    });

    it('writes a batch all or nothing when the database fails part-way', async () => {
      const name = uniqueName();
      const store = track(await openIdbStore({ name }));
      const first = person({ displayName: 'Before' });
      await store.put(first);
      const w = world();
      const realPut = IDBObjectStore.prototype.put;
      let calls = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (++calls === 4) throw new DOMException('simulated failure', 'DataError');
        return realPut.apply(this, args);
      });
      const changes: StoreChange[] = [];
      store.subscribe((change) => changes.push(change));
      await expect(
        store.putMany([{ ...first, displayName: 'After' }, ...Object.values(w)]),
      ).rejects.toMatchObject({ name: 'DataError' });
      vi.restoreAllMocks();
      expect(await store.all()).toEqual([first]);
      expect(changes).toEqual([]);
    });

    it('turns a full disk into a StoreQuotaError and keeps nothing of the write', async () => {
      const name = uniqueName();
      const store = track(await openIdbStore({ name }));
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const error = await store.put(person()).catch((e: unknown) => e);
      vi.restoreAllMocks();
      expect(error).toBeInstanceOf(StoreQuotaError);
      expect((error as StoreQuotaError).cause).toMatchObject({ name: 'QuotaExceededError' });
      expect(await store.all()).toEqual([]);
    });
  });
}
