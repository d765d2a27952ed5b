import type { StoredRecord } from '../model/types';

/** Keys that lead a record line, then content keys alphabetically, then these. */
const HEAD_KEYS = ['type', 'id', 'deleted'] as const;
const TAIL_KEYS = ['createdAt', 'updatedAt', 'rev', 'conflicts'] as const;
const FIXED: ReadonlySet<string> = new Set([...HEAD_KEYS, ...TAIL_KEYS]);

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

/** Sorted-key JSON: the identity of a value for de-duplication and tie-breaks. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value));
}

/** A record with its keys in file order: identity first, content, then revision data. */
export function orderRecordKeys(record: StoredRecord): Record<string, unknown> {
  const source = record as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of HEAD_KEYS) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source).sort()) {
    if (!FIXED.has(key) && source[key] !== undefined) out[key] = sortedCopy(source[key]);
  }
  for (const key of TAIL_KEYS) {
    if (source[key] !== undefined) out[key] = sortedCopy(source[key]);
  }
  return out;
}

/**
 * One record as one line of the shared file. U+2028/U+2029 are escaped so that no editor or
 * line-based tool sees a line break inside a record.
 */
export function recordLine(record: StoredRecord): string {
  return JSON.stringify(orderRecordKeys(record)).replace(/[\u2028\u2029]/g, (c) =>
    c === '\u2028' ? '\\u2028' : '\\u2029',
  );
}
