import type { CodeRange } from '@coaching-notes/shared';
import { coveredLines, hashLines, parseFingerprint } from './fingerprint';
import { fuzzyFind } from './fuzzy';
import type { TextIndex } from './text-index';
import type { PlacedRange } from './types';

/** Move a range by `delta` lines, keeping its columns within the new lines. */
function moveRange(range: CodeRange, delta: number, index: TextIndex): CodeRange {
  const clamp = (line: number, character: number) =>
    Math.min(character, index.lines[line]?.length ?? 0);
  const startLine = range.startLine + delta;
  const endLine = range.endLine + delta;
  return {
    startLine,
    startCharacter: clamp(startLine, range.startCharacter),
    endLine,
    endCharacter: clamp(endLine, range.endCharacter),
  };
}

/**
 * Find the anchored code again in a changed file. Where it still matches, the range is kept;
 * otherwise the nearest place with the same fingerprint wins (a function moved down by an
 * inserted block is found, the closest of several identical lines is chosen). Failing that,
 * with the noted code's `snippet`, a block that differs in a token or so near the old place
 * is taken (`edited`: the code under the note changed, as when it is typed). When nothing
 * matches, the note is detached and keeps its last range, so it is never dropped.
 */
export function reanchor(
  range: CodeRange,
  fingerprint: string,
  index: TextIndex,
  snippet?: string,
): PlacedRange {
  const parsed = parseFingerprint(fingerprint);
  if (!parsed) return { range, status: 'detached' };
  const { first } = coveredLines(range);
  const matchesAt = (line: number) =>
    line >= 0 &&
    line + parsed.lineCount <= index.lines.length &&
    hashLines(index.normalised, line, parsed.lineCount) === parsed.hash;

  if (matchesAt(first)) return { range, status: 'kept' };
  let best: number | undefined;
  for (const candidate of index.linesByHash.get(parsed.firstLineHash) ?? []) {
    if (best !== undefined && Math.abs(candidate - first) >= Math.abs(best - first)) continue;
    if (matchesAt(candidate)) best = candidate;
  }
  if (best !== undefined) return { range: moveRange(range, best - first, index), status: 'moved' };
  const similar = snippet ? fuzzyFind(range, snippet, index) : undefined;
  if (similar === undefined) return { range, status: 'detached' };
  const moved = moveRange(range, similar.line - first, index);
  // The line's text changed: the note covers the whole changed lines, as a new note would.
  const last = moved.startLine + (coveredLines(range).last - first);
  return {
    range: {
      ...moved,
      startCharacter: 0,
      endLine: last,
      endCharacter: index.lines[last]?.length ?? 0,
    },
    status: 'edited',
  };
}
