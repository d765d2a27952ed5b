import { refsOf, type RecordRefs } from '../model/refs';
import { isTombstone } from '../model/revision';
import type { StoredRecord } from '../model/types';
import type { StoreQuery } from './port';

/** Whether a record answers a list query (the memory store's filter, the IDB store's re-check). */
export function matchesQuery(
  record: StoredRecord,
  query: StoreQuery,
  refs: RecordRefs = refsOf(record),
): boolean {
  if (record.type !== query.type) return false;
  if (isTombstone(record) && !query.includeDeleted) return false;
  if (query.personId !== undefined && !refs.personIds.includes(query.personId)) return false;
  if (query.trackId !== undefined && refs.trackId !== query.trackId) return false;
  if (query.sessionId !== undefined && refs.sessionId !== query.sessionId) return false;
  if (query.from !== undefined && refs.date < query.from) return false;
  if (query.to !== undefined && refs.date >= query.to) return false;
  return true;
}

/** List order of every adapter: by the record's date, then by id (creation order). */
export function sortByDate<T extends StoredRecord>(records: T[]): T[] {
  const keyed = records.map((record) => ({ record, date: refsOf(record).date }));
  keyed.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.record.id, b.record.id));
  return keyed.map((entry) => entry.record);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
