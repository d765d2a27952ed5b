import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { validateRecord } from '../../model/schema';
import { envelopeOf, INDEX, RECORDS } from './layout';

type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Entry N upgrades a database from version N to N+1. Append only; never edit a shipped step. */
export type Migration = (db: IDBPDatabase<unknown>, tx: UpgradeTransaction) => Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: one object store for every record type, keyed by [type, id]; rows hold the record.
  async (db) => {
    const records = db.createObjectStore(RECORDS, { keyPath: ['type', 'id'] });
    records.createIndex(INDEX.byType, 'type');
  },
  // 1 → 2: query fields derived by refsOf (people, track, session, date) and their indexes.
  async (_db, tx) => {
    const records = tx.objectStore(RECORDS);
    records.createIndex(INDEX.byTypePerson, 'personKeys', { multiEntry: true });
    records.createIndex(INDEX.byTypeTrack, ['type', 'trackId']);
    records.createIndex(INDEX.byTypeSession, ['type', 'sessionId']);
    records.createIndex(INDEX.byTypeDate, ['type', 'date']);
    records.createIndex(INDEX.byUpdatedAt, 'updatedAt');
    await reindex(tx);
  },
];

/** The schema version this code opens. */
export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion`, in order, inside the upgrade. */
export async function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from database version ${version}.`);
    await step(db, tx);
  }
}

/**
 * Recomputes every row's query fields from its record. A row whose record is not valid is
 * left exactly as it is: the store reports it on read, and nothing is lost.
 */
export async function reindex(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore(RECORDS).openCursor();
  while (cursor) {
    const row = cursor.value as { record?: unknown };
    const result = validateRecord(row.record);
    if (result.ok) await cursor.update(envelopeOf(result.record));
    cursor = await cursor.continue();
  }
}
