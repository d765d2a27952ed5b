export { openIdbStore, type IdbStoreOptions } from './idb-store';
export { DB_VERSION, MIGRATIONS, runMigrations, type Migration } from './migrations';
export { DEFAULT_DB_NAME, envelopeOf, type Envelope } from './layout';
export {
  SearchIndex,
  SEARCH_DB_NAME,
  SEARCH_INDEX_VERSION,
  type SearchHit,
  type SearchResult,
} from './search-index';
