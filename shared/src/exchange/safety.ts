import { FORBIDDEN_KEYS } from '../model/schema';

/**
 * Deepest object/array nesting in a JSON text, found without parsing it, so a line of a
 * hundred thousand brackets is refused before `JSON.parse` has to recurse into it.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** A lone surrogate: text that cannot be written as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * The path of the first NUL character or prototype key in parsed JSON, or null. JSON.parse
 * makes `__proto__` an own key (no pollution yet), but any later `Object.assign` or spread
 * into a class would not, so such keys are refused at the door.
 */
export function findUnsafeJson(
  value: unknown,
  path = '',
): { path: string; message: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\0')) return { path, message: 'contains a NUL character' };
    return hasLoneSurrogate(value)
      ? { path, message: 'is not valid Unicode (a lone surrogate)' }
      : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeJson(value[i], join(path, String(i)));
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: join(path, key), message: 'is a forbidden key' };
    if (key.includes('\0')) return { path, message: 'has a key with a NUL character' };
    if (hasLoneSurrogate(key)) return { path, message: 'has a key that is not valid Unicode' };
    const found = findUnsafeJson(item, join(path, key));
    if (found) return found;
  }
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

const encoder = new TextEncoder();

/** UTF-8 length of a string, computed only when the cheap bounds cannot decide. */
export function exceedsUtf8Bytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return encoder.encode(text).length > max;
}
