import { openDB, type IDBPTransaction } from 'idb';
import { isTombstone } from '../../model/revision';
import { validateRecord, type ValidationIssue } from '../../model/schema';
import type { Id, RecordOf, RecordType, StoredRecord, Tombstone } from '../../model/types';
import { planErase } from '../erase';
import {
  InvalidRecordError,
  StoreClosedError,
  StoreQuotaError,
  type InvalidStoredRecord,
  type StoreClosedReason,
} from '../errors';
import { Listeners } from '../listeners';
import type { EraseReport, PurgeReport, Store, StoreChange, StoreQuery } from '../port';
import { matchesQuery, sortByDate } from '../query';
import { planPurge } from '../retention';
import { openChangeChannel } from './broadcast';
import {
  DEFAULT_DB_NAME,
  envelopeOf,
  INDEX,
  RECORDS,
  type Envelope,
  type LayoutDatabase,
  type LayoutSchema,
} from './layout';
import { DB_VERSION, runMigrations } from './migrations';

export interface IdbStoreOptions {
  /** Database name; default `coaching-notes`. */
  name?: string;
  /**
   * An older connection (another tab or page still open) keeps the database from upgrading.
   * Opening waits until it closes; tell the person to close or reload the other tab.
   */
  onBlocked?: (info: { currentVersion: number; requestedVersion: number }) => void;
  /**
   * This connection was closed: a newer version wants to upgrade (`versionchange`; reload to
   * get the new code) or the browser ended it (`terminated`). Later calls reject with
   * `StoreClosedError`.
   */
  onClosed?: (reason: Exclude<StoreClosedReason, 'closed'>) => void;
  /**
   * A stored record failed validation on read. It is excluded from the result and left in the
   * database untouched, so that nothing is lost; reported on every read that meets it.
   */
  onInvalid?: (record: InvalidStoredRecord) => void;
}

type ReadWrite = IDBPTransaction<LayoutSchema, ['records'], 'readwrite'>;

/** Opens (creating or upgrading as needed) the IndexedDB store of this origin. */
export async function openIdbStore(options: IdbStoreOptions = {}): Promise<Store> {
  const name = options.name ?? DEFAULT_DB_NAME;
  const listeners = new Listeners();
  let closedReason: StoreClosedReason | undefined;

  const shutDown = (reason: Exclude<StoreClosedReason, 'closed'>) => {
    if (closedReason) return;
    closedReason = reason;
    db.close();
    channel.close();
    options.onClosed?.(reason);
  };

  const db: LayoutDatabase = await openDB<LayoutSchema>(name, DB_VERSION, {
    async upgrade(database, oldVersion, newVersion, tx) {
      await runMigrations(database as never, tx as never, oldVersion, newVersion ?? DB_VERSION);
    },
    blocked(currentVersion, blockedVersion) {
      options.onBlocked?.({ currentVersion, requestedVersion: blockedVersion ?? DB_VERSION });
    },
    blocking() {
      shutDown('versionchange');
    },
    terminated() {
      shutDown('terminated');
    },
  });

  const reportInvalid = (type: unknown, id: unknown, issues: ValidationIssue[]) =>
    options.onInvalid?.({ type: String(type), id: String(id), issues });

  /** Validate on read: an invalid row is reported and skipped, never removed. */
  const read = (row: Envelope | undefined): StoredRecord | undefined => {
    if (row === undefined) return undefined;
    const result = validateRecord(row.record);
    if (!result.ok) {
      reportInvalid(row.type, row.id, result.issues);
      return undefined;
    }
    if (result.record.type !== row.type || result.record.id !== row.id) {
      reportInvalid(row.type, row.id, [{ path: 'id', message: 'does not match its key' }]);
      return undefined;
    }
    return result.record;
  };
  const readAll = (rows: Envelope[]) =>
    rows.map(read).filter((record): record is StoredRecord => record !== undefined);

  const channel = openChangeChannel(name, (cause, records) => {
    const valid: StoredRecord[] = [];
    for (const record of records) {
      const result = validateRecord(record);
      if (result.ok) valid.push(result.record);
      else {
        const r = record as { type?: unknown; id?: unknown } | null;
        reportInvalid(r?.type, r?.id, result.issues);
      }
    }
    listeners.emit({ records: valid, cause, remote: true });
  });

  const open = () => {
    if (closedReason) throw new StoreClosedError(closedReason);
  };

  /** Runs `work` in one readwrite transaction: all its writes commit, or none. */
  const inWriteTransaction = async <R>(
    work: (tx: ReadWrite) => Promise<{ result: R; writes: StoredRecord[] }>,
    cause: StoreChange['cause'],
  ): Promise<R> => {
    open();
    const tx = db.transaction(RECORDS, 'readwrite');
    let outcome: { result: R; writes: StoredRecord[] };
    try {
      outcome = await work(tx);
      await tx.done;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the original error is the one to report.
      }
      tx.done.catch(() => undefined);
      throw isQuotaError(error) || isQuotaError(tx.error) ? new StoreQuotaError(error) : error;
    }
    const change: StoreChange = { records: outcome.writes, cause };
    listeners.emit(change);
    if (outcome.writes.length > 0) channel.post(change);
    return outcome.result;
  };

  const writeRecords = async (tx: ReadWrite, records: StoredRecord[]) => {
    // Queue every put, then wait once: awaiting each would be slower and changes nothing.
    const puts: Promise<unknown>[] = [];
    try {
      for (const record of records) puts.push(tx.store.put(envelopeOf(record)));
    } catch (error) {
      // The caller aborts the transaction, which rejects the puts already queued.
      Promise.all(puts).catch(() => undefined);
      throw error;
    }
    await Promise.all(puts);
  };

  const putValidated = (records: StoredRecord[], cause: StoreChange['cause']) => {
    open();
    const valid = records.map((record) => {
      const result = validateRecord(record);
      if (!result.ok) throw new InvalidRecordError(record, result.issues);
      return result.record;
    });
    return inWriteTransaction(async (tx) => {
      await writeRecords(tx, valid);
      return { result: undefined, writes: valid };
    }, cause);
  };

  const getStored = async (type: RecordType, id: Id) => {
    open();
    return read(await db.get(RECORDS, [type, id]));
  };

  return {
    async get<T extends RecordType>(type: T, id: Id) {
      const record = await getStored(type, id);
      return record && !isTombstone(record) ? (record as RecordOf<T>) : undefined;
    },
    getStored,
    async list<T extends RecordType>(query: StoreQuery<T>) {
      open();
      const rows = await rowsFor(db, query);
      return sortByDate(readAll(rows).filter((r) => matchesQuery(r, query))) as RecordOf<T>[];
    },
    async all() {
      open();
      return readAll(await db.getAll(RECORDS));
    },
    async put(record: StoredRecord) {
      await putValidated([record], 'put');
    },
    async putMany(records: StoredRecord[], cause: StoreChange['cause'] = 'put') {
      await putValidated(records, cause);
    },
    async delete(tombstone: Tombstone) {
      if (!isTombstone(tombstone)) {
        throw new InvalidRecordError(tombstone, [{ path: 'deleted', message: 'must be true' }]);
      }
      await putValidated([tombstone], 'delete');
    },
    async erasePerson(personId: Id, actor: string, now: Date): Promise<EraseReport> {
      // Read and write in one transaction, so a write from another tab cannot slip between.
      return inWriteTransaction(async (tx) => {
        const plan = planErase(readAll(await tx.store.getAll()), personId, { actor, now });
        await writeRecords(tx, plan.writes);
        return {
          result: { personId, erased: plan.erased, edited: plan.edited },
          writes: plan.writes,
        };
      }, 'erase');
    },
    async purgeOlderThan(months: number, actor: string, now: Date): Promise<PurgeReport> {
      return inWriteTransaction(async (tx) => {
        const plan = planPurge(readAll(await tx.store.getAll()), months, { actor, now });
        await writeRecords(tx, plan.writes);
        return { result: { purged: plan.writes.length, cutoff: plan.cutoff }, writes: plan.writes };
      }, 'purge');
    },
    subscribe(listener) {
      return listeners.subscribe(listener);
    },
    async close() {
      if (!closedReason) {
        closedReason = 'closed';
        db.close();
        channel.close();
      }
      listeners.clear();
    },
  };
}

/** The narrowest index for a query; `matchesQuery` re-checks every filter afterwards. */
function rowsFor(db: LayoutDatabase, query: StoreQuery): Promise<Envelope[]> {
  const { type } = query;
  if (query.sessionId !== undefined) {
    return db.getAllFromIndex(RECORDS, INDEX.byTypeSession, [type, query.sessionId]);
  }
  if (query.trackId !== undefined) {
    return db.getAllFromIndex(RECORDS, INDEX.byTypeTrack, [type, query.trackId]);
  }
  if (query.personId !== undefined) {
    return db.getAllFromIndex(RECORDS, INDEX.byTypePerson, [type, query.personId]);
  }
  if (query.from !== undefined || query.to !== undefined) {
    // Arrays sort after strings in IndexedDB, so [type, []] is above every [type, date].
    const range = IDBKeyRange.bound(
      [type, query.from ?? ''],
      query.to === undefined ? [type, []] : [type, query.to],
      false,
      true,
    );
    return db.getAllFromIndex(RECORDS, INDEX.byTypeDate, range);
  }
  return db.getAllFromIndex(RECORDS, INDEX.byType, type);
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
