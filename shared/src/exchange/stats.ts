import { isTombstone } from '../model/revision';
import { RECORD_TYPES, type RecordType, type StoredRecord } from '../model/types';
import { refsOf } from '../model/refs';
import { conflictAlternatives } from './merge';

export interface SharedFileStats {
  records: number;
  /** Live records per type. */
  byType: Record<RecordType, number>;
  deleted: number;
  conflicted: number;
  privateObservations: number;
  openActions: number;
  /** Earliest and latest record date (sessions, observations, actions), `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

export function statsOf(records: readonly StoredRecord[]): SharedFileStats {
  const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
  const stats: SharedFileStats = {
    records: records.length,
    byType,
    deleted: 0,
    conflicted: 0,
    privateObservations: 0,
    openActions: 0,
  };
  for (const record of records) {
    if (isTombstone(record)) {
      stats.deleted++;
      continue;
    }
    byType[record.type]++;
    if (conflictAlternatives(record).length > 0) stats.conflicted++;
    if (record.type === 'observation' && record.visibility === 'private')
      stats.privateObservations++;
    if (record.type === 'action' && record.status === 'open') stats.openActions++;
    if (record.type === 'session' || record.type === 'observation' || record.type === 'action') {
      const date = refsOf(record).date.slice(0, 10);
      if (!stats.from || date < stats.from) stats.from = date;
      if (!stats.to || date > stats.to) stats.to = date;
    }
  }
  return stats;
}
