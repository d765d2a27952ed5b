import { afterEach, describe, expect, it } from 'vitest';
import { editRecord, tombstoneOf, createMemoryStore, SearchSync } from '@coaching-notes/shared';
import { SearchIndex } from '@coaching-notes/shared/idb';
import { at, seed } from './fixtures';

let counter = 0;
const opened: SearchIndex[] = [];
async function freshIndex(): Promise<SearchIndex> {
  const index = await SearchIndex.open(`search-test-${Date.now()}-${++counter}`);
  opened.push(index);
  return index;
}
afterEach(() => opened.splice(0).forEach((i) => i.close()));

describe('search index in real IndexedDB', () => {
  it('builds from the store and finds sessions by prefix, accent-folded, newest first', async () => {
    const data = await seed();
    const index = await freshIndex();
    await new SearchSync(data.store, index).start(new Date('2026-11-01'));
    const titles = async (q: string) =>
      Promise.all(
        (await index.search(q)).hits.map(
          async (h) => (await data.store.get('session', h.sessionId))!.title,
        ),
      );
    expect(await titles('agenda')).toEqual(['Verlenging Globex', 'Gesprek met Acme']);
    expect(await titles('REEEL')).toEqual(['Gesprek met Acme']);
    expect(await titles('reëel budg')).toEqual(['Gesprek met Acme']);
    expect(await titles('prijsbez')).toEqual(['Gesprek met Acme']);
    // Terms may come from different notes of one session, or from its action.
    expect(await titles('rustig doorgevraagd agenda')).toEqual(['Verlenging Globex']);
    expect(await titles('samenvatting')).toEqual(['Verlenging Globex']);
    expect(await titles('weggew')).toEqual(['Gesprek met Acme']);
    expect(await titles('opening')).toHaveLength(2);
    expect(await titles('nergens')).toEqual([]);
  });

  it('finds a Dutch stop word typed alone: "voor" and "vóór" find the session with three "vóór"s', async () => {
    const data = await seed();
    const target = data.observations[0]!;
    await data.store.put(
      editRecord(
        target,
        { text: 'Offerte vóór vrijdag, vóór de demo en vóór het overleg' },
        at('2026-11-02T09:00:00Z'),
      ),
    );
    const index = await freshIndex();
    await new SearchSync(data.store, index).start(new Date('2026-11-03'));
    for (const query of ['voor', 'vóór', 'VOOR'])
      expect(
        (await index.search(query)).hits.map((h) => h.sessionId),
        query,
      ).toEqual([target.sessionId]);
    // Next to a word that narrows, the stop word does not get in the way.
    expect((await index.search('vóór vrijdag')).hits.map((h) => h.sessionId)).toEqual([
      target.sessionId,
    ]);
  });

  it('follows store changes: new, edited and deleted notes, and an erased person', async () => {
    const data = await seed();
    const index = await freshIndex();
    const sync = new SearchSync(data.store, index);
    await sync.start(new Date('2026-11-01'));
    const first = data.observations[0]!;
    await data.store.put(
      editRecord(first, { text: 'Vergat de pauze' }, at('2026-11-02T10:00:00Z')),
    );
    await sync.flush();
    expect((await index.search('pauze')).hits).toHaveLength(1);
    expect((await index.search('heldere')).hits).toHaveLength(0);
    await data.store.delete(tombstoneOf(data.observations[2]!, at('2026-11-02T11:00:00Z')));
    await sync.flush();
    expect((await index.search('budget')).hits).toHaveLength(0);
    await data.store.erasePerson(data.sanne.id, 'dash-test', new Date('2026-11-03'));
    await sync.flush();
    expect((await index.search('agenda')).hits).toHaveLength(0);
    expect(await index.count()).toBe(0);
  });

  it('rebuilds when the index is missing and catches up on reopening', async () => {
    const store = createMemoryStore();
    const data = await seed(store);
    const name = `search-reopen-${Date.now()}`;
    const index = await SearchIndex.open(name);
    await new SearchSync(store, index).start(new Date('2026-11-01'));
    index.close();
    // Written while no dashboard was open.
    await store.put(
      editRecord(data.sessions[1]!, { title: 'Verlenging Initech' }, at('2026-11-04T10:00:00Z')),
    );
    const again = await SearchIndex.open(name);
    opened.push(again);
    expect(await again.isReady()).toBe(true);
    await new SearchSync(store, again).start(new Date('2026-11-05'));
    expect((await again.search('initech')).hits).toHaveLength(1);
  });
});
