import type { CodeRange } from '@coaching-notes/shared';
import { coveredLines, normaliseLine } from './fingerprint';
import type { TextIndex } from './text-index';

/**
 * A checkout that changes one token of the noted line (a rename, a changed constant) must
 * not detach the note, while code that was really replaced must. Token similarity of at
 * least this much keeps the note (`sum += item.price;` is seven tokens: one changed leaves
 * 0.86, two leave 0.71).
 */
export const FUZZY_THRESHOLD = 0.75;
/** How far from the old place to look, in lines (the exact fingerprint searches everywhere). */
export const FUZZY_WINDOW = 200;
/** The code a note keeps for fuzzy matching and for the export (characters). */
export const MAX_SNIPPET_LENGTH = 2_000;

/** The noted lines' text, as the anchor keeps it. */
export function snippetOf(lines: readonly string[], range: CodeRange): string {
  const { first, last } = coveredLines(range);
  return lines
    .slice(first, last + 1)
    .join('\n')
    .slice(0, MAX_SNIPPET_LENGTH);
}

/** Identifiers, numbers and single punctuation marks, whitespace ignored. */
export function tokensOf(text: string): string[] {
  return text.match(/[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|\S/g) ?? [];
}

/** 1 − (token edit distance ÷ the longer token count); 1 for two empty texts. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return 1 - previous[b.length]! / longer;
}

/**
 * The best place for `snippet` within `FUZZY_WINDOW` lines of the old range: the most similar
 * block of as many lines, at or above the threshold, the nearest on a tie.
 */
export function fuzzyFind(
  range: CodeRange,
  snippet: string,
  index: TextIndex,
  threshold = FUZZY_THRESHOLD,
): { line: number; similarity: number } | undefined {
  const wanted = snippet.split('\n').map(normaliseLine);
  const count = wanted.length;
  const target = tokensOf(wanted.join('\n'));
  if (target.length === 0) return undefined;
  const { first } = coveredLines(range);
  const from = Math.max(0, first - FUZZY_WINDOW);
  const to = Math.min(index.lines.length - count, first + FUZZY_WINDOW);
  let best: { line: number; similarity: number } | undefined;
  for (let line = from; line <= to; line++) {
    const tokens = tokensOf(index.normalised.slice(line, line + count).join('\n'));
    // Too many or too few tokens can never reach the threshold: skip the edit distance.
    const longer = Math.max(tokens.length, target.length);
    if (Math.abs(tokens.length - target.length) > (1 - threshold) * longer) continue;
    const similarity = tokenSimilarity(tokens, target);
    if (similarity < threshold) continue;
    const nearer = best && Math.abs(line - first) < Math.abs(best.line - first);
    if (!best || similarity > best.similarity || (similarity === best.similarity && nearer)) {
      best = { line, similarity };
    }
  }
  return best;
}
