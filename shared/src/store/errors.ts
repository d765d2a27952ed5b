import type { ValidationIssue } from '../model/schema';
import type { Id, RecordType } from '../model/types';

/** A record given to `put`/`putMany`/`delete` does not match the schema; nothing was written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly record: { type?: unknown; id?: unknown },
    readonly issues: ValidationIssue[],
  ) {
    super(
      `Invalid ${String(record.type ?? 'record')} ${String(record.id ?? '')}: ` +
        issues.map((issue) => `${issue.path || '(record)'} ${issue.message}`).join('; '),
    );
  }
}

/**
 * The browser refused the write because the origin is out of storage. Nothing of the write was
 * stored; the caller keeps the unsaved text and tells the person to free space or export.
 */
export class StoreQuotaError extends Error {
  override readonly name = 'StoreQuotaError';
  constructor(override readonly cause?: unknown) {
    super('Storage is full: the change was not saved.');
  }
}

/** The store was closed (by `close()`, a newer version opening elsewhere, or the browser). */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor(readonly reason: StoreClosedReason) {
    super(`The store is closed (${reason}).`);
  }
}

export type StoreClosedReason = 'closed' | 'versionchange' | 'terminated';

/** A stored record that failed validation on read: reported, excluded, never deleted. */
export interface InvalidStoredRecord {
  type: RecordType | string;
  id: Id | string;
  issues: ValidationIssue[];
}
