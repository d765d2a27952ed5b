import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Id, StoredRecord } from '../../../model/types';
import { isSearchedType, searchDocOf, type SearchDoc } from './search-doc';
import { matchesAll, queryTerms } from './tokenize';

/** The search database lives beside the store's database and is owned by the dashboard. */
export const SEARCH_DB_NAME = 'coaching-notes-search';
/** Bump when tokenisation changes: an index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;
/** Most documents a query looks at; a broader query says "more than shown". */
export const MAX_CANDIDATES = 5000;

interface SearchMeta {
  key: 'state';
  version: number;
  complete: boolean;
  /** When the index was last brought up to date with the store (ISO). */
  syncedAt: string;
  docCount: number;
}

interface SearchSchema extends DBSchema {
  docs: { key: Id; value: SearchDoc; indexes: { tokens: string; sessionId: Id } };
  meta: { key: 'state'; value: SearchMeta };
}

/** One session that matched, with the matching records inside it (newest first). */
export interface SearchHit {
  sessionId: Id;
  date: string;
  matches: { id: Id; type: SearchDoc['type'] }[];
}

export interface SearchResult {
  terms: string[];
  hits: SearchHit[];
  /** True when more documents matched the rarest term than were examined. */
  truncated: boolean;
}

/**
 * A token index over sessions, observations and actions in its own IndexedDB database: a
 * multiEntry index on the tokens answers each query term with one key range, so a search
 * reads only the documents that can match, not the 200k observations of five years.
 */
export class SearchIndex {
  private constructor(private readonly db: IDBPDatabase<SearchSchema>) {}

  static async open(name: string = SEARCH_DB_NAME): Promise<SearchIndex> {
    const db = await openDB<SearchSchema>(name, 1, {
      upgrade(database) {
        const docs = database.createObjectStore('docs', { keyPath: 'id' });
        docs.createIndex('tokens', 'tokens', { multiEntry: true });
        docs.createIndex('sessionId', 'sessionId');
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

  /** Add, replace or remove the documents of these records (tombstones remove). */
  async apply(records: readonly StoredRecord[]): Promise<void> {
    const relevant = records.filter((r) => isSearchedType(r.type));
    if (relevant.length === 0) return;
    const tx = this.db.transaction('docs', 'readwrite');
    for (const record of relevant) {
      const doc = searchDocOf(record);
      if (doc && doc.tokens.length > 0) void tx.store.put(doc);
      else void tx.store.delete(record.id);
    }
    await tx.done;
  }

  /** Drop documents whose records turned out to be gone (deleted where no dashboard saw it). */
  async remove(ids: readonly Id[]): Promise<void> {
    const tx = this.db.transaction('docs', 'readwrite');
    for (const id of ids) void tx.store.delete(id);
    await tx.done;
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

  /** Sessions whose title, answers, debrief, observations or actions contain every term. */
  async search(query: string, limit = 50): Promise<SearchResult> {
    const terms = queryTerms(query);
    if (terms.length === 0) return { terms, hits: [], truncated: false };
    const tx = this.db.transaction('docs', 'readonly');
    const index = tx.store.index('tokens');
    const ranges = terms.map((term) => IDBKeyRange.bound(term, `${term}\uffff`));
    // Start from the rarest term: it bounds the documents read; the others are checked in memory.
    const counts = await Promise.all(ranges.map((range) => index.count(range)));
    const rarest = counts.indexOf(Math.min(...counts));
    const candidates = await index.getAll(ranges[rarest], MAX_CANDIDATES);
    await tx.done;
    const truncated = (counts[rarest] ?? 0) > MAX_CANDIDATES;

    const bySession = new Map<Id, SearchHit>();
    const seen = new Set<Id>();
    for (const doc of candidates) {
      if (seen.has(doc.id)) continue; // multiEntry: one doc per matching token
      seen.add(doc.id);
      if (!matchesAll(doc.tokens, terms)) continue;
      const hit = bySession.get(doc.sessionId);
      if (hit) {
        hit.matches.push({ id: doc.id, type: doc.type });
        if (doc.type === 'session') hit.date = doc.date;
      } else {
        const matches = [{ id: doc.id, type: doc.type }];
        bySession.set(doc.sessionId, { sessionId: doc.sessionId, date: doc.date, matches });
      }
    }
    const hits = [...bySession.values()]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .slice(0, limit);
    return { terms, hits, truncated };
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
