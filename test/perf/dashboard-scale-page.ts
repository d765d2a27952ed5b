/**
 * The benchmark page (served by Vite from `dashboard-scale.mjs`): fills a real IndexedDB store
 * in Chromium with five years of coaching, then times the dashboard's first view and searches
 * against plain IndexedDB baselines. The script drives it through `window.dashboardBench`.
 */
import { openIdbStore, SearchIndex } from '@coaching-notes/shared/idb';
import { SearchSync, type Store } from '@coaching-notes/shared';
import { loadSessionDetail } from '../../extension-browser/src/dashboard/history/session-detail';
import type { CnDashPeople } from '../../extension-browser/src/dashboard/people/people-view.component';
import '../../extension-browser/src/dashboard/people/people-view';
import type {
  DashboardContext,
  DashboardSettings,
} from '../../extension-browser/src/dashboard/context';
import { makeDataset, SCALE } from './dashboard-dataset';

const DB = 'coaching-notes-bench';
const SEARCH_DB = 'coaching-notes-search-bench';

const settings: DashboardSettings = {
  language: 'en',
  surface: 'overlay',
  launcherSites: {},
  notifications: false,
  retentionMonths: null,
  retentionAsked: true,
};

function context(store: Store, search?: SearchIndex): DashboardContext {
  const ctx: DashboardContext = {
    store,
    locale: 'nl',
    actor: 'bench',
    now: () => SCALE.end,
    host: {
      loadSettings: async () => settings,
      saveSettings: async () => settings,
      openShortcutSettings: async () => 'manual',
      storagePersisted: async () => undefined,
      requestPersistence: async () => false,
    },
  };
  if (search) ctx.search = search;
  return ctx;
}

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Fill the store; returns counts and the time it took. */
async function fill(scale = 1): Promise<Record<string, number>> {
  await deleteDb(DB);
  await deleteDb(SEARCH_DB);
  const store = await openIdbStore({ name: DB });
  const data = makeDataset({ ...SCALE, coachees: Math.round(SCALE.coachees * scale) });
  const started = performance.now();
  for (const batch of data.batches(5000)) await store.putMany(batch);
  const fillMs = performance.now() - started;
  const indexStarted = performance.now();
  const index = await SearchIndex.open(SEARCH_DB);
  await new SearchSync(store, index).start(SCALE.end);
  const indexMs = performance.now() - indexStarted;
  const docs = await index.count();
  index.close();
  await store.close();
  return { ...data.counts, fillMs, indexMs, docs };
}

/** Time from mounting the people view to its data on screen (fresh connection each run). */
async function firstView(): Promise<number> {
  const store = await openIdbStore({ name: DB });
  const started = performance.now();
  const view = document.createElement('cn-dash-people') as CnDashPeople;
  view.ctx = context(store);
  document.body.append(view);
  await view.loaded;
  const ms = performance.now() - started;
  const tracksShown = view.shadowRoot?.querySelectorAll('article').length ?? 0;
  view.remove();
  await store.close();
  if (tracksShown === 0) throw new Error('first view showed no tracks');
  return ms;
}

/** Baseline: one plain `getAll` of every record, what a dashboard without indexes would read. */
async function baselineGetAll(): Promise<{ ms: number; rows: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction('records').objectStore('records').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: rows.length };
}

/** One search: the index answer, then the top sessions read for display (as the view does). */
async function search(
  query: string,
  shown = 20,
): Promise<{ indexMs: number; totalMs: number; hits: number }> {
  const store = await openIdbStore({ name: DB });
  const index = await SearchIndex.open(SEARCH_DB);
  const started = performance.now();
  const result = await index.search(query, 30);
  const indexMs = performance.now() - started;
  await Promise.all(
    result.hits.slice(0, shown).map(async (hit) => {
      await store.get('session', hit.sessionId);
      await loadSessionDetail(store, hit.sessionId);
    }),
  );
  const totalMs = performance.now() - started;
  index.close();
  await store.close();
  return { indexMs, totalMs, hits: result.hits.length };
}

/** Baseline search: read every record and test its text with `includes`, no index. */
async function baselineScan(query: string): Promise<{ ms: number; found: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  const all = await new Promise<{ record: { text?: string; title?: string } }[]>(
    (resolve, reject) => {
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error);
    },
  );
  const needle = query.toLowerCase();
  let found = 0;
  for (const row of all)
    if ((row.record.text ?? row.record.title ?? '').toLowerCase().includes(needle)) found++;
  const ms = performance.now() - started;
  db.close();
  return { ms, found };
}

declare global {
  interface Window {
    dashboardBench: typeof bench;
  }
}

const bench = { fill, firstView, baselineGetAll, search, baselineScan };
window.dashboardBench = bench;
