import { addDays } from '../../model/dates';
import { isTombstone } from '../../model/revision';
import type { Action, Id, Observation, Session, StoredRecord } from '../../model/types';
import type { Store } from '../port';
import { isSearchedType, sessionDoc, type SearchDoc } from './search-doc';
import type { SearchIndex } from '../idb/search-index';

/** Session documents written per transaction while rebuilding. */
const BATCH = 500;
/** How far back a catch-up looks for records the panel wrote while no dashboard was open. */
const CATCH_UP_DAYS = 45;

export type SyncState = 'idle' | 'building' | 'ready' | 'failed';

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function groupBySession<R extends { sessionId: Id }>(records: readonly R[]): Map<Id, R[]> {
  const groups = new Map<Id, R[]>();
  for (const r of records) {
    const list = groups.get(r.sessionId);
    if (list) list.push(r);
    else groups.set(r.sessionId, [r]);
  }
  return groups;
}

/**
 * Keeps the search index in step with the store: every store change refreshes the documents
 * of the sessions it touches; a missing or outdated index is rebuilt year by year (so five
 * years never sit in memory at once); an existing index catches up with the records the panel
 * may have written while no dashboard was open.
 */
export class SearchSync {
  state: SyncState = 'idle';
  private unsubscribe: (() => void) | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    readonly index: SearchIndex,
    private readonly onState: (state: SyncState) => void = () => undefined,
  ) {}

  /** Subscribe to changes, then rebuild or catch up. Resolves when the index is usable. */
  async start(now: Date = new Date()): Promise<void> {
    this.unsubscribe = this.store.subscribe((change) => {
      this.pending = this.pending.then(() => this.refresh(change.records)).catch(() => undefined);
    });
    try {
      if (await this.index.isReady()) await this.catchUp(now);
      else await this.rebuild(now);
      this.setState('ready');
    } catch (error) {
      this.setState('failed');
      throw error;
    }
  }

  /** Re-index the sessions these records belong to (a tombstone finds its session through the index). */
  async refresh(records: readonly StoredRecord[]): Promise<void> {
    const sessionIds = new Set<Id>();
    const deletedMembers: Id[] = [];
    for (const record of records) {
      if (!isSearchedType(record.type)) continue;
      if (record.type === 'session') sessionIds.add(record.id);
      else if (isTombstone(record)) deletedMembers.push(record.id);
      else if (record.type === 'observation' || record.type === 'action')
        sessionIds.add(record.sessionId);
    }
    if (deletedMembers.length)
      for (const id of await this.index.sessionsOf(deletedMembers)) sessionIds.add(id);
    await this.reindex(sessionIds);
  }

  /** Build the documents of these sessions afresh from the store (removed when the session is gone). */
  async reindex(sessionIds: Iterable<Id>): Promise<void> {
    const docs: SearchDoc[] = [];
    const gone: Id[] = [];
    for (const id of sessionIds) {
      const session = await this.store.get('session', id);
      if (!session) {
        gone.push(id);
        continue;
      }
      const [observations, actions] = await Promise.all([
        this.store.list({ type: 'observation', sessionId: id }),
        this.store.list({ type: 'action', sessionId: id }),
      ]);
      docs.push(sessionDoc(session, observations, actions));
    }
    await this.index.write(docs, gone);
  }

  /** Drop the index and build it again from the store, one year of sessions at a time. */
  async rebuild(now: Date = new Date()): Promise<void> {
    this.setState('building');
    await this.index.clear();
    const sessions = await this.store.list({ type: 'session' });
    const actions = groupBySession<Action>(await this.store.list({ type: 'action' }));
    const byYear = new Map<string, Session[]>();
    for (const s of sessions) {
      const year = s.date.slice(0, 4);
      const list = byYear.get(year);
      if (list) list.push(s);
      else byYear.set(year, [s]);
    }
    const orphans = new Set<Id>();
    for (const [year, yearSessions] of [...byYear].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // Notes are dated by their time, a session by its day: read a little either side.
      const from = addDays(`${year}-01-01`, -2);
      const to = addDays(`${Number(year) + 1}-01-01`, 2);
      const observations: Observation[] = await this.store.list({ type: 'observation', from, to });
      const notes = groupBySession(observations);
      const here = new Set(yearSessions.map((s) => s.id));
      for (const o of observations) if (!here.has(o.sessionId)) orphans.add(o.sessionId);
      for (let i = 0; i < yearSessions.length; i += BATCH) {
        const docs = yearSessions
          .slice(i, i + BATCH)
          .map((s) => sessionDoc(s, notes.get(s.id) ?? [], actions.get(s.id) ?? []));
        await this.index.write(docs);
        await yieldToPage();
      }
    }
    // Sessions with notes in another year's window (around new year, or replanned) get their
    // documents rebuilt whole.
    await this.reindex(orphans);
    await this.pending;
    await this.index.markSynced(true, now);
    this.setState('ready');
  }

  private async catchUp(now: Date): Promise<void> {
    const meta = await this.index.meta();
    const since = new Date(Date.parse(meta?.syncedAt ?? '1970-01-01') - CATCH_UP_DAYS * 86_400_000);
    const from = since.toISOString().slice(0, 10);
    // A record's date is its session day, observation time or action due/creation date; a
    // tombstone is dated by its deletion, so recent deletions come along too.
    const recent: StoredRecord[] = [];
    for (const type of ['session', 'action', 'observation'] as const) {
      recent.push(...(await this.store.list({ type, from, includeDeleted: true })));
    }
    await this.refresh(recent);
    await this.index.markSynced(true, now);
  }

  private setState(state: SyncState): void {
    this.state = state;
    this.onState(state);
  }

  /** Wait until every change seen so far is in the index. */
  async flush(): Promise<void> {
    await this.pending;
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
