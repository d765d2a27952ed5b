import type { CodeRange } from '@coaching-notes/shared';

/**
 * A fingerprint names the anchored code so a note can find it again after the file changed
 * on disk or through git: `v1:<lines>:<first line hash>:<all lines hash>`. Lines are compared
 * with whitespace normalised, so re-indenting or reformatting spaces keeps the anchor.
 */
const VERSION = 'v1';

export interface ParsedFingerprint {
  lineCount: number;
  firstLineHash: number;
  hash: string;
}

/** Trim and collapse runs of whitespace: indentation changes must not lose a note. */
export function normaliseLine(line: string): string {
  const trimmed = line.trim();
  // Most lines have single spaces only: skip the replace (and its copy) for them.
  return /\s\s|[\t\f\v\r\n\u00a0]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** FNV-1a (32 bit): fast, stable and dependency-free; not a security hash. */
export function hashNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The hash as 8 hex digits, as fingerprints store it. */
export function hashText(text: string): string {
  return hashNumber(text).toString(16).padStart(8, '0');
}

/** The lines a range covers: a selection that ends at column 0 does not cover that last line. */
export function coveredLines(range: CodeRange): { first: number; last: number } {
  const last =
    range.endLine > range.startLine && range.endCharacter === 0 ? range.endLine - 1 : range.endLine;
  return { first: range.startLine, last: Math.max(range.startLine, last) };
}

/** The hash of normalised lines `first..first+count-1` (missing lines count as empty). */
export function hashLines(normalised: readonly string[], first: number, count: number): string {
  const parts: string[] = [];
  for (let i = first; i < first + count; i++) parts.push(normalised[i] ?? '');
  return hashText(parts.join('\n'));
}

export function fingerprintOf(lines: readonly string[], range: CodeRange): string {
  const { first, last } = coveredLines(range);
  const count = last - first + 1;
  const normalised: string[] = [];
  for (let i = first; i <= last; i++) normalised.push(normaliseLine(lines[i] ?? ''));
  return `${VERSION}:${count}:${hashText(normalised[0] ?? '')}:${hashLines(normalised, 0, count)}`;
}

export function parseFingerprint(fingerprint: string): ParsedFingerprint | undefined {
  const match = /^v1:(\d+):([0-9a-f]{8}):([0-9a-f]{8})$/.exec(fingerprint);
  if (!match) return undefined;
  const lineCount = Number(match[1]);
  if (lineCount < 1) return undefined;
  return { lineCount, firstLineHash: Number.parseInt(match[2]!, 16), hash: match[3]! };
}
