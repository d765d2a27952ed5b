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

/**
 * Whether a JSON text nests deeper than `max`. A text with at most `max` opening brackets
 * cannot: counting them is a few native searches, so most lines skip the scan.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let open = 0;
  for (const bracket of ['{', '[']) {
    for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
      if (++open > max) return jsonNestingDepth(text) > max;
    }
  }
  return false;
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
  const found = findUnsafe(value);
  return found && { path: join(path, found.path), message: found.message };
}

/** The path is built only for what is found: this runs on every value of every line read. */
function findUnsafe(value: unknown): { path: string; message: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\0')) return { path: '', message: 'contains a NUL character' };
    return hasLoneSurrogate(value)
      ? { path: '', message: 'is not valid Unicode (a lone surrogate)' }
      : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafe(value[i]);
      if (found) return { path: join(String(i), found.path), message: found.message };
    }
    return null;
  }
  for (const key in value) {
    if (FORBIDDEN_KEYS.has(key)) return { path: key, message: 'is a forbidden key' };
    if (key.includes('\0')) return { path: '', message: 'has a key with a NUL character' };
    if (hasLoneSurrogate(key)) return { path: '', message: 'has a key that is not valid Unicode' };
    const found = findUnsafe((value as Record<string, unknown>)[key]);
    if (found) return { path: join(key, found.path), message: found.message };
  }
  return null;
}

function join(path: string, key: string): string {
  return path && key ? `${path}.${key}` : path || key;
}

/** Runs of characters beyond ASCII; most text in a shared file is ASCII. */
const NON_ASCII = /[^\0-\x7f]+/g;

/**
 * Whether the UTF-8 form of a string is longer than `max` bytes, counted without encoding it
 * (a 45 MB file would otherwise be copied just to learn its size): ASCII is one byte, and the
 * native regex scan finds the few runs that are more.
 */
export function exceedsUtf8Bytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = text.length;
  for (const [run] of text.matchAll(NON_ASCII)) {
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c < 0xdc00 && (run.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        bytes += 2; // a surrogate pair: 4 bytes for 2 code units
        i++;
      } else bytes += 2; // the rest of the BMP; a lone surrogate is written as U+FFFD
    }
    if (bytes > max) return true;
  }
  return false;
}
