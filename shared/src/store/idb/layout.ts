import type { IDBPDatabase } from 'idb';
import { refsOf } from '../../model/refs';
import { isTombstone } from '../../model/revision';
import type { Id, RecordType, StoredRecord } from '../../model/types';

export const DEFAULT_DB_NAME = 'coaching-notes';
export const RECORDS = 'records';

/** Index names of the current layout (see migrations.ts for the version that added each). */
export const INDEX = {
  byType: 'byType',
  byTypePerson: 'byTypePerson',
  byTypeTrack: 'byTypeTrack',
  byTypeSession: 'byTypeSession',
  byTypeDate: 'byTypeDate',
  byUpdatedAt: 'byUpdatedAt',
} as const;

/**
 * One row of the `records` object store: the record exactly as put, plus the query fields
 * derived from it by `refsOf` (recomputed by a migration whenever that derivation changes).
 * Key: `[type, id]`.
 */
export interface Envelope {
  type: RecordType;
  id: Id;
  record: StoredRecord;
  updatedAt: string;
  date: string;
  deleted: 0 | 1;
  /** `[type, personId]` pairs, indexed multiEntry: one index entry per person. */
  personKeys: [RecordType, Id][];
  trackId?: Id;
  sessionId?: Id;
}

export interface LayoutSchema {
  records: {
    key: [string, string];
    value: Envelope;
    indexes: {
      byType: string;
      byTypePerson: [string, string];
      byTypeTrack: [string, string];
      byTypeSession: [string, string];
      byTypeDate: [string, string];
      byUpdatedAt: string;
    };
  };
}

export type LayoutDatabase = IDBPDatabase<LayoutSchema>;

/** The row for a (validated) record. */
export function envelopeOf(record: StoredRecord): Envelope {
  const refs = refsOf(record);
  const envelope: Envelope = {
    type: record.type,
    id: record.id,
    record,
    updatedAt: record.updatedAt,
    date: refs.date,
    deleted: isTombstone(record) ? 1 : 0,
    personKeys: refs.personIds.map((personId) => [record.type, personId]),
  };
  // Absent (not undefined) so that records without a track stay out of the track index.
  if (refs.trackId !== undefined) envelope.trackId = refs.trackId;
  if (refs.sessionId !== undefined) envelope.sessionId = refs.sessionId;
  return envelope;
}
