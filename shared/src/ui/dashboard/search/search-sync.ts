import type { StoredRecord } from '../../../model/types';
import type { Store, StoreQuery } from '../../../store/port';
import { SearchIndex } from './search-index';

/** Documents written per transaction while rebuilding, so the page stays responsive. */
const BATCH = 2000;
/** How far back a catch-up looks for records the panel wrote while the dashboard was closed. */
const CATCH_UP_DAYS = 45;

export type SyncState = 'idle' | 'building' | 'ready' | 'failed';

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function applyInBatches(index: SearchIndex, records: readonly StoredRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += BATCH) {
    await index.apply(records.slice(i, i + BATCH));
    await yieldToPage();
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Keeps the search index in step with the store: every store change is applied at once; a
 * missing or outdated index is rebuilt in batches (sessions, actions, then observations year by
 * year, so five years never sit in memory at once); an existing index catches up with recent
 * records the panel may have written while no dashboard was open.
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
      this.pending = this.pending.then(() => this.index.apply(change.records)).catch(() => undefined);
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

  /** Drop the index and build it again from the store. */
  async rebuild(now: Date = new Date()): Promise<void> {
    this.setState('building');
    await this.index.clear();
    const sessions = await this.store.list({ type: 'session' });
    await applyInBatches(this.index, sessions);
    await applyInBatches(this.index, await this.store.list({ type: 'action' }));
    const years = sessions.map((s) => Number(s.date.slice(0, 4))).filter(Number.isFinite);
    const first = years.length ? Math.min(...years) : now.getUTCFullYear();
    const last = Math.max(years.length ? Math.max(...years) : first, now.getUTCFullYear());
    const windows: StoreQuery<'observation'>[] = [{ type: 'observation', to: `${first}-01-01` }];
    for (let year = first; year <= last; year++) {
      windows.push({ type: 'observation', from: `${year}-01-01`, to: `${year + 1}-01-01` });
    }
    windows.push({ type: 'observation', from: `${last + 1}-01-01` });
    for (const window of windows) {
      await applyInBatches(this.index, await this.store.list(window));
    }
    await this.pending;
    await this.index.markSynced(true, now);
    this.setState('ready');
  }

  private async catchUp(now: Date): Promise<void> {
    const meta = await this.index.meta();
    const since = new Date(Date.parse(meta?.syncedAt ?? '1970-01-01') - CATCH_UP_DAYS * 86_400_000);
    const from = isoDay(since);
    // A record's date is its session day, observation time or action due/creation date; a
    // tombstone is dated by its deletion, so recent deletions come along too.
    for (const type of ['session', 'action', 'observation'] as const) {
      const records: StoredRecord[] = await this.store.list({ type, from, includeDeleted: true });
      await applyInBatches(this.index, records);
    }
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
