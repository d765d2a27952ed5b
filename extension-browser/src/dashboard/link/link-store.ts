/**
 * Where the linked team file is remembered: a FileSystemFileHandle is structured-clonable, so it
 * goes into IndexedDB as it is (storage.local holds JSON only). A database of its own, so the
 * records database's schema and migrations do not carry a browser-only object.
 */
import type { LinkedFileHandle } from './file-access';

export const LINK_DB_NAME = 'coaching-notes-link';
export const LINK_STORE = 'links';
/** Dispatched on `window` after a sync the link view did not start, so it shows the result. */
export const LINK_SYNCED_EVENT = 'cn-team-file-synced';
/** The one slot: this profile's link to its team's file. */
export const TEAM_FILE_KEY = 'team-file';

export type SyncOutcome =
  'synced' | 'unreadable' | 'permission' | 'missing' | 'review' | 'cancelled' | 'failed';

/** How the last sync ended, for "last synced at … : …". */
export interface SyncRecord {
  /** ISO time. */
  at: string;
  outcome: SyncOutcome;
  /** Changes taken in from the file. */
  imported: number;
  /** Whether the file was rewritten (false: it already held everything). */
  written: boolean;
  /** Why the file could not be read, or what failed. */
  detail?: string[];
}

export interface TeamFileLink {
  version: 1;
  handle: LinkedFileHandle;
  name: string;
  /** Sync when a session is completed (debrief done). */
  syncAtSessionEnd: boolean;
  /** ISO time the setting was turned on: sessions completed before it are not a reason to sync. */
  syncAtSessionEndSince?: string;
  lastSync?: SyncRecord;
}

function openLinkDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(LINK_DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(LINK_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openLinkDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(LINK_STORE, mode);
      const request = work(tx.objectStore(LINK_STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** The link, if any; anything else in the slot (an older shape, a broken value) reads as none. */
export async function loadLink(): Promise<TeamFileLink | undefined> {
  const value = (await run('readonly', (s) => s.get(TEAM_FILE_KEY))) as unknown;
  if (typeof value !== 'object' || value === null) return undefined;
  const link = value as Partial<TeamFileLink>;
  if (link.version !== 1 || !link.handle || typeof link.handle.getFile !== 'function')
    return undefined;
  return {
    version: 1,
    handle: link.handle,
    name: typeof link.name === 'string' ? link.name : link.handle.name,
    syncAtSessionEnd: link.syncAtSessionEnd === true,
    ...(typeof link.syncAtSessionEndSince === 'string'
      ? { syncAtSessionEndSince: link.syncAtSessionEndSince }
      : {}),
    ...(link.lastSync ? { lastSync: link.lastSync } : {}),
  };
}

export async function saveLink(link: TeamFileLink): Promise<void> {
  await run('readwrite', (s) => s.put(link, TEAM_FILE_KEY));
}

export async function removeLink(): Promise<void> {
  await run('readwrite', (s) => s.delete(TEAM_FILE_KEY));
}

/** Change the stored link (if it is still there) and return it as stored. */
export async function updateLink(
  patch: Partial<Omit<TeamFileLink, 'version' | 'handle'>>,
): Promise<TeamFileLink | undefined> {
  const link = await loadLink();
  if (!link) return undefined;
  const next = { ...link, ...patch };
  await saveLink(next);
  return next;
}
