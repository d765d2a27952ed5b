import type { Id, RecordOf, RecordType, StoredRecord, Tombstone } from '../model/types';

/** What a list query may filter on. All given filters must match (AND). */
export interface StoreQuery<T extends RecordType = RecordType> {
  type: T;
  /** Records about this person (coachee, coach, owner, or the person record itself). */
  personId?: Id;
  trackId?: Id;
  sessionId?: Id;
  /** Inclusive lower bound on the record's date (session date, observation time, action due). */
  from?: string;
  /** Exclusive upper bound on the record's date. */
  to?: string;
  /** Include tombstones (default false). */
  includeDeleted?: boolean;
}

export interface StoreChange {
  /** The records written, as stored (tombstones for deletions). */
  records: StoredRecord[];
  /** Why: a local edit, an import/merge, an erase or a purge. */
  cause: 'put' | 'delete' | 'import' | 'erase' | 'purge';
  /** True when the write was made by another connection (another tab or page of the origin). */
  remote?: boolean;
}

export type StoreListener = (change: StoreChange) => void;

export interface EraseReport {
  personId: Id;
  /** Number of records replaced by tombstones. */
  erased: number;
  /**
   * Number of shared records (several coachees, or the person only as coach or owner) from
   * which the person was removed. Set by the memory and IndexedDB adapters.
   */
  edited?: number;
}

export interface PurgeReport {
  /** Records older than the cut-off that were replaced by tombstones. */
  purged: number;
  cutoff: string;
}

/**
 * The store port. Shells depend on this interface only; adapters: memory and IndexedDB.
 *
 * The store persists records as given (revisions are bumped by the model's change functions,
 * so that imports and merges can store merged versions unchanged), validates on read, and
 * announces every write to listeners, including writes made by another tab or window where the
 * adapter can see them.
 */
export interface Store {
  get<T extends RecordType>(type: T, id: Id): Promise<RecordOf<T> | undefined>;
  /** A record or its tombstone. */
  getStored(type: RecordType, id: Id): Promise<StoredRecord | undefined>;
  list<T extends RecordType>(query: StoreQuery<T>): Promise<RecordOf<T>[]>;
  /** Every record and tombstone, for export and backup. */
  all(): Promise<StoredRecord[]>;
  /** Write one record (insert or replace). */
  put(record: StoredRecord): Promise<void>;
  /** Write many records in one transaction: all or nothing. */
  putMany(records: StoredRecord[], cause?: StoreChange['cause']): Promise<void>;
  /** Replace a record by its tombstone (made by the model's `tombstoneOf`). */
  delete(tombstone: Tombstone): Promise<void>;
  /** Every record about the person, and the person, becomes a tombstone without personal text. */
  erasePerson(personId: Id, actor: string, now: Date): Promise<EraseReport>;
  /** Records whose date is older than `months` months before `now` become tombstones. */
  purgeOlderThan(months: number, actor: string, now: Date): Promise<PurgeReport>;
  subscribe(listener: StoreListener): () => void;
  close(): Promise<void>;
}
