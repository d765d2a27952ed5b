import type { ConflictVersion, Revision, StoredRecord } from '../model/types';
import { IDENTITY_KEYS } from '../model/records';
import { canonicalJson, jsonEqual } from './canonical';

/**
 * How a stored record encodes its set of concurrent values.
 *
 * `rev` is the join of everything the record has seen (so `tombstoneOf` and edits, which bump
 * it, descend from every value). Each value also needs its own revision, which the merge uses
 * to tell "the other side replaced this" from "the other side never saw this":
 *
 * - no `conflicts`: one value, the record's content, whose revision is `rev`;
 * - `conflicts` present: every value with its own revision, the winner included (the record's
 *   content equals one of them);
 * - `conflicts` present but no entry equals the record's content: the record was edited since
 *   the merge. The edit (revision `rev`) replaced the entry that was shown (the greatest in
 *   winner order); the other entries are still open.
 */
export interface Value {
  readonly rev: Revision;
  readonly updatedAt: string;
  readonly deleted: boolean;
  readonly fields: Record<string, unknown>;
  /** Identity: revision and content, as canonical JSON; only a tie-break needs the text. */
  readonly key: string;
}

/** A value whose identity text is built when first asked for (most merges never ask). */
class MergeValue implements Value {
  private text: string | undefined;

  constructor(
    readonly rev: Revision,
    readonly updatedAt: string,
    readonly deleted: boolean,
    readonly fields: Record<string, unknown>,
  ) {}

  get key(): string {
    this.text ??=
      canonicalJson(this.rev) + canonicalJson([this.updatedAt, this.deleted, this.fields]);
    return this.text;
  }
}

/** Fields of a live record that are not its content. */
const BASE_KEYS: ReadonlySet<string> = new Set([...IDENTITY_KEYS, 'deleted']);

export function makeValue(
  rev: Revision,
  updatedAt: string,
  deleted: boolean,
  fields: Record<string, unknown>,
): Value {
  return new MergeValue(rev, updatedAt, deleted, fields);
}

/** Same content (updatedAt, deletion and fields), compared without building any text. */
export function sameContent(a: Value, b: Value): boolean {
  return a.updatedAt === b.updatedAt && a.deleted === b.deleted && jsonEqual(a.fields, b.fields);
}

/** The same value: same content and the same revision (equal `key`s). */
export function sameValue(a: Value, b: Value): boolean {
  return sameContent(a, b) && jsonEqual(a.rev, b.rev);
}

export function valuesOf(record: StoredRecord): Value[] {
  if ('deleted' in record && record.deleted === true) {
    return [makeValue(record.rev, record.updatedAt, true, {})];
  }
  const current = makeValue(record.rev, record.updatedAt, false, contentOf(record));
  const conflicts = 'conflicts' in record ? record.conflicts : undefined;
  if (!conflicts || conflicts.length === 0) return [current];
  // A version's identity is the record's: fields naming another id or type are not content.
  const listed = conflicts.map((c) => makeValue(c.rev, c.updatedAt, false, contentOf(c.fields)));
  if (listed.some((v) => sameContent(v, current))) return listed;
  const shown = [...listed].sort(compareValues)[0]!;
  return [current, ...listed.filter((v) => v !== shown)];
}

/**
 * Content keys in file order, so records and conflict versions built from them are written
 * by JSON.stringify's fast path (see recordLine).
 */
function contentOf(fields: object): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(fields).sort()) {
    const item = (fields as Record<string, unknown>)[key];
    if (!BASE_KEYS.has(key) && item !== undefined) content[key] = item;
  }
  return content;
}

/** Winner first: live before deleted, later updatedAt first, then greater canonical text. */
export function compareValues(a: Value, b: Value): number {
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1;
  return a.key > b.key ? -1 : a.key < b.key ? 1 : 0;
}

interface Identity {
  type: StoredRecord['type'];
  id: string;
  createdAt: string;
}

/**
 * The canonical record for a set of values seen up to `rev`: tombstones give way to live
 * values; several tombstones become one; the conflict list is sorted and de-duplicated, and
 * present only when needed to keep a value's own revision.
 */
/** Records `normalise` made: already canonical, so writing them skips the work again. */
const canonical = new WeakSet<StoredRecord>();

export function isCanonical(record: StoredRecord): boolean {
  return canonical.has(record);
}

export function normalise(identity: Identity, rev: Revision, values: Value[]): StoredRecord {
  const record = normaliseValues(identity, rev, values);
  canonical.add(record);
  return record;
}

function normaliseValues(identity: Identity, rev: Revision, values: Value[]): StoredRecord {
  // The last of equal values stands for them all (lists are short: at most a few versions).
  const unique: Value[] = [];
  for (const value of values) {
    const at = unique.findIndex((u) => sameValue(u, value));
    if (at < 0) unique.push(value);
    else unique[at] = value;
  }
  unique.sort(compareValues);
  const live = unique.filter((v) => !v.deleted);
  const { type, id, createdAt } = identity;
  if (live.length === 0) {
    const updatedAt = unique.reduce((max, v) => (v.updatedAt > max ? v.updatedAt : max), '');
    return { type, id, createdAt, updatedAt, rev, deleted: true };
  }
  const winner = live[0]!;
  const record: Record<string, unknown> = { type, id, ...winner.fields, createdAt };
  record.updatedAt = winner.updatedAt;
  record.rev = rev;
  if (live.length > 1 || !jsonEqual(winner.rev, rev)) {
    record.conflicts = live.map(toConflictVersion);
  }
  return record as unknown as StoredRecord;
}

function toConflictVersion(value: Value): ConflictVersion {
  return { fields: value.fields, updatedAt: value.updatedAt, rev: value.rev };
}
