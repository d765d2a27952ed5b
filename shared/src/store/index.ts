export type * from './port';
export { createMemoryStore } from './memory';
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
export { readAgenda, loadAgenda, type ReadAgendaOptions } from './agenda';
export * from './board';
export {
  foldText,
  indexTokens,
  queryTerms,
  MAX_TOKEN_LENGTH,
  MAX_TOKENS_PER_RECORD,
} from './search/tokenize';
export { sessionDoc, isSearchedType, type SearchDoc } from './search/search-doc';
export { SearchSync, type SyncState } from './search/search-sync';
