import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Id } from '../../model/types';
import type { SearchDoc } from '../search/search-doc';
import { TermStream, intersect } from './term-stream';
import { queryTerms } from '../search/tokenize';

/** The search database lives beside the store's database and is owned by the dashboard. */
export const SEARCH_DB_NAME = 'coaching-notes-search';
/**
 * Bump when tokenisation changes: an index of another version is rebuilt.
 * 2: stop words are indexed (an index of version 1 never finds "voor").
 */
export const SEARCH_INDEX_VERSION = 2;

interface SearchMeta {
  key: 'state';
  version: number;
  complete: boolean;
  /** When the index was last brought up to date with the store (ISO). */
  syncedAt: string;
  docCount: number;
}

interface SearchSchema extends DBSchema {
  docs: { key: Id; value: SearchDoc; indexes: { tokens: string; members: Id } };
  meta: { key: 'state'; value: SearchMeta };
}

/** One session that matched. */
export interface SearchHit {
  sessionId: Id;
  date: string;
}

export interface SearchResult {
  terms: string[];
  /** Newest sessions first. */
  hits: SearchHit[];
  /** True when more sessions may match than the `limit` returned. */
  more: boolean;
}

/**
 * A token index over sessions (with their notes and actions) in its own IndexedDB database.
 * A multiEntry index on the tokens answers each query term with index cursors; cursors of
 * several terms are joined newest first and stop at `limit` sessions, so a search reads a few
 * dozen index entries, not the 200k observations of five years.
 */
export class SearchIndex {
  private constructor(private readonly db: IDBPDatabase<SearchSchema>) {}

  static async open(name: string = SEARCH_DB_NAME): Promise<SearchIndex> {
    const db: IDBPDatabase<SearchSchema> = await openDB<SearchSchema>(name, 1, {
      upgrade(database) {
        const docs = database.createObjectStore('docs', { keyPath: 'id' });
        docs.createIndex('tokens', 'tokens', { multiEntry: true });
        docs.createIndex('members', 'members', { multiEntry: true });
        database.createObjectStore('meta', { keyPath: 'key' });
      },
      blocking() {
        // Another page wants a newer schema: step aside so it can upgrade.
        db.close();
      },
    });
    return new SearchIndex(db);
  }

  async meta(): Promise<SearchMeta | undefined> {
    return this.db.get('meta', 'state');
  }

  /** Whether the index is complete and of this code's version (else rebuild it). */
  async isReady(): Promise<boolean> {
    const meta = await this.meta();
    return meta?.complete === true && meta.version === SEARCH_INDEX_VERSION;
  }

  /** Write session documents and remove others, in one transaction. */
  async write(docs: readonly SearchDoc[], removeIds: readonly Id[] = []): Promise<void> {
    if (docs.length === 0 && removeIds.length === 0) return;
    const tx = this.db.transaction('docs', 'readwrite');
    for (const id of removeIds) void tx.store.delete(id);
    for (const doc of docs) void tx.store.put(doc);
    await tx.done;
  }

  /** The sessions whose documents include these observation or action ids. */
  async sessionsOf(memberIds: readonly Id[]): Promise<Id[]> {
    const tx = this.db.transaction('docs', 'readonly');
    const index = tx.store.index('members');
    const keys = await Promise.all(memberIds.map((id) => index.getKey(id)));
    await tx.done;
    return [...new Set(keys.filter((k): k is Id => k !== undefined))];
  }

  /** Start a rebuild: drop every document and mark the index incomplete. */
  async clear(): Promise<void> {
    const tx = this.db.transaction(['docs', 'meta'], 'readwrite');
    void tx.objectStore('docs').clear();
    void tx.objectStore('meta').put({
      key: 'state',
      version: SEARCH_INDEX_VERSION,
      complete: false,
      syncedAt: new Date(0).toISOString(),
      docCount: 0,
    });
    await tx.done;
  }

  async markSynced(complete: boolean, now: Date): Promise<void> {
    const docCount = await this.db.count('docs');
    await this.db.put('meta', {
      key: 'state',
      version: SEARCH_INDEX_VERSION,
      complete,
      syncedAt: now.toISOString(),
      docCount,
    });
  }

  /**
   * Sessions whose title, answers, debrief, feedback, observations or actions contain every
   * term as a word prefix ("klant" finds "klantgesprek"), newest first (session ids are
   * UUIDv7, so id order is creation order).
   */
  async search(query: string, limit = 50): Promise<SearchResult> {
    const terms = queryTerms(query);
    if (terms.length === 0) return { terms, hits: [], more: false };
    const tx = this.db.transaction('docs', 'readonly');
    const index = tx.store.index('tokens');
    const streams = await Promise.all(terms.map((term) => TermStream.open(index, term)));
    const ids: Id[] = [];
    const matches = intersect(streams);
    for (let step = await matches.next(); !step.done; step = await matches.next()) {
      ids.push(step.value);
      if (ids.length > limit) break;
    }
    await matches.return(undefined);
    const more = ids.length > limit || streams.some((s) => s.clipped);
    const docs = await Promise.all(ids.slice(0, limit).map((id) => tx.store.get(id)));
    await tx.done;
    const hits = docs
      .filter((d): d is SearchDoc => d !== undefined)
      .map((d) => ({ sessionId: d.id, date: d.date }));
    return { terms, hits, more };
  }

  async count(): Promise<number> {
    return this.db.count('docs');
  }

  close(): void {
    this.db.close();
  }

  /** Remove the whole search database (privacy: it holds tokens of note text). */
  static async destroy(name: string = SEARCH_DB_NAME): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => resolve();
    });
  }
}
