export { openIdbStore, type IdbStoreOptions } from './idb-store';
export { DB_VERSION, MIGRATIONS, runMigrations, type Migration } from './migrations';
export { DEFAULT_DB_NAME, envelopeOf, type Envelope } from './layout';
