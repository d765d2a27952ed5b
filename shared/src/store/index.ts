export type * from './port';
export { createMemoryStore } from './memory';
export { LogStore, type LogFileIo, type LogStoreNotice, type LogStoreOptions } from './log-store';
export {
  InvalidRecordError,
  StoreClosedError,
  StoreQuotaError,
  type InvalidStoredRecord,
  type StoreClosedReason,
} from './errors';
export { planErase, type ErasePlan } from './erase';
export { planPurge, retentionCutoff, type PurgePlan } from './retention';
export { matchesQuery, sortByDate } from './query';
export { readAgenda, type ReadAgendaOptions } from './agenda';
