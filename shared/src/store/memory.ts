import { validateRecord } from '../model/schema';
import { isTombstone } from '../model/revision';
import type { Id, RecordOf, RecordType, StoredRecord, Tombstone } from '../model/types';
import { planErase } from './erase';
import { InvalidRecordError, StoreClosedError } from './errors';
import { Listeners } from './listeners';
import type { EraseReport, PurgeReport, Store, StoreChange, StoreQuery } from './port';
import { matchesQuery, sortByDate } from './query';
import { planPurge } from './retention';

/**
 * A store held in memory: for tests, and as the in-memory index of the VS Code file store.
 * Records are validated and copied on write and copied on read, so callers can never change
 * stored state by mutating an object they passed in or got back.
 */
export function createMemoryStore(): Store {
  const records = new Map<string, StoredRecord>();
  const listeners = new Listeners();
  let closed = false;

  const keyOf = (type: string, id: string) => `${type}\u0000${id}`;
  const open = () => {
    if (closed) throw new StoreClosedError('closed');
  };
  const write = (batch: readonly StoredRecord[], cause: StoreChange['cause']) => {
    open();
    // Validate the whole batch before touching the map: all or nothing.
    const valid = batch.map(checked);
    for (const record of valid) records.set(keyOf(record.type, record.id), record);
    listeners.emit({ records: valid.map(copy), cause });
  };

  return {
    async get<T extends RecordType>(type: T, id: Id) {
      open();
      const record = records.get(keyOf(type, id));
      return record && !isTombstone(record) ? (copy(record) as RecordOf<T>) : undefined;
    },
    async getStored(type: RecordType, id: Id) {
      open();
      const record = records.get(keyOf(type, id));
      return record && copy(record);
    },
    async list<T extends RecordType>(query: StoreQuery<T>) {
      open();
      const found = [...records.values()].filter((record) => matchesQuery(record, query));
      return sortByDate(found).map(copy) as RecordOf<T>[];
    },
    async all() {
      open();
      return [...records.values()].map(copy);
    },
    async put(record: StoredRecord) {
      write([record], 'put');
    },
    async putMany(batch: StoredRecord[], cause: StoreChange['cause'] = 'put') {
      write(batch, cause);
    },
    async delete(tombstone: Tombstone) {
      if (!isTombstone(tombstone)) {
        throw new InvalidRecordError(tombstone, [{ path: 'deleted', message: 'must be true' }]);
      }
      write([tombstone], 'delete');
    },
    async erasePerson(personId: Id, actor: string, now: Date): Promise<EraseReport> {
      open();
      const plan = planErase(records.values(), personId, { actor, now });
      write(plan.writes, 'erase');
      return { personId, erased: plan.erased, edited: plan.edited };
    },
    async purgeOlderThan(months: number, actor: string, now: Date): Promise<PurgeReport> {
      open();
      const plan = planPurge(records.values(), months, { actor, now });
      write(plan.writes, 'purge');
      return { purged: plan.writes.length, cutoff: plan.cutoff };
    },
    subscribe(listener) {
      return listeners.subscribe(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}

function checked(record: StoredRecord): StoredRecord {
  const result = validateRecord(record);
  if (!result.ok) throw new InvalidRecordError(record, result.issues);
  return structuredClone(result.record);
}

function copy<T extends StoredRecord>(record: T): T {
  return structuredClone(record);
}
