import type { StoredRecord } from '../model/types';

/** Keys that lead a record line, then content keys alphabetically, then these. */
const HEAD_KEYS = ['type', 'id', 'deleted'] as const;
const TAIL_KEYS = ['createdAt', 'updatedAt', 'rev', 'conflicts'] as const;

/**
 * A copy of `value` whose object keys are sorted, so two equal values serialise to the same
 * text whatever order their keys were set in. Arrays keep their order: it carries meaning.
 */
export function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    const item = source[key];
    if (item !== undefined) out[key] = sortedCopy(item);
  }
  return out;
}

/** Deep equality of JSON data, ignoring key order; no allocation (the merge's hot path). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    count++;
    if (!jsonEqual(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}

/** Sorted-key JSON: the identity of a value for de-duplication and tie-breaks. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(keysInOrder(value, compareText) ? value : sortedCopy(value));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether every object in `value` already lists its keys in the order `compare` gives (and
 * has no undefined values): then plain JSON.stringify writes the canonical text, with no
 * sorted copy. Revisions and merge values are built that way.
 */
function keysInOrder(value: unknown, compare: (a: string, b: string) => number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!keysInOrder(item, compare)) return false;
    return true;
  }
  let previous: string | undefined;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) return false;
    if (previous !== undefined && compare(previous, key) >= 0) return false;
    if (!keysInOrder(item, compare)) return false;
    previous = key;
  }
  return true;
}

const HEAD_RANK: ReadonlyMap<string, number> = new Map(HEAD_KEYS.map((k, i) => [k, i - 10]));
const TAIL_RANK: ReadonlyMap<string, number> = new Map(TAIL_KEYS.map((k, i) => [k, i + 1]));

/** File key order: identity keys first, revision data last, everything else alphabetical. */
function compareKeys(a: string, b: string): number {
  const ra = HEAD_RANK.get(a) ?? TAIL_RANK.get(a) ?? 0;
  const rb = HEAD_RANK.get(b) ?? TAIL_RANK.get(b) ?? 0;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * File key order per top-level key list. Records of one type share a handful of lists, so
 * this is a short list compared by identity (property names are interned strings).
 */
const topOrders: { keys: string[]; order: string[] }[] = [];
const TOP_ORDERS_CAP = 64;

/** The cached order of `source`'s keys, matched by walking them (no key array per record). */
function topOrderOf(source: object): string[] {
  search: for (const known of topOrders) {
    let i = 0;
    for (const key in source) if (known.keys[i++] !== key) continue search;
    if (i === known.keys.length) return known.order;
  }
  const keys = Object.keys(source);
  const order = [...keys].sort(compareKeys);
  if (topOrders.length < TOP_ORDERS_CAP) topOrders.push({ keys, order });
  return order;
}

/**
 * The line via a copy with the top-level keys in file order, which plain JSON.stringify
 * writes several times faster than with a property list; '' when nested keys are out of
 * order too (or a value is undefined), for the general path.
 */
function reorderedLine(record: StoredRecord): string {
  const source = record as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of topOrderOf(source)) {
    const item = source[key];
    if (item === undefined || (typeof item === 'object' && !keysInOrder(item, compareKeys))) {
      return '';
    }
    copy[key] = item;
  }
  return JSON.stringify(copy);
}

function collectKeys(value: unknown, into: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, into);
    return;
  }
  for (const key in value) {
    into.add(key);
    collectKeys((value as Record<string, unknown>)[key], into);
  }
}

/**
 * One record as one line of the shared file, keys in file order at every level (identity
 * first, content alphabetically, revision data last), whatever order they were set in.
 * JSON.stringify with a property list does the ordering natively, which is several times
 * faster than building sorted copies. U+2028/U+2029 are escaped so that no editor or
 * line-based tool sees a line break inside a record.
 */
export function recordLine(record: StoredRecord): string {
  let line: string;
  if (keysInOrder(record, compareKeys)) line = JSON.stringify(record);
  else if ((line = reorderedLine(record)) !== '') {
    // Records built in code list their keys in another order at the top level only.
  } else {
    const keys = new Set<string>();
    collectKeys(record, keys);
    line = JSON.stringify(record, [...keys].sort(compareKeys));
  }
  return line.includes('\u2028') || line.includes('\u2029')
    ? line.replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))
    : line;
}
