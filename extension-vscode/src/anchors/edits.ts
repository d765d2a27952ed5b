import type { CodeRange } from '@coaching-notes/shared';
import type { PlacedRange, TextChange } from './types';

interface Pos {
  line: number;
  character: number;
}

/** A replacement that spans this many lines more than the anchor is not a local rewrite. */
const LOCAL_REWRITE_SLACK_LINES = 3;

const start = (r: CodeRange): Pos => ({ line: r.startLine, character: r.startCharacter });
const end = (r: CodeRange): Pos => ({ line: r.endLine, character: r.endCharacter });

function compare(a: Pos, b: Pos): number {
  return a.line - b.line || a.character - b.character;
}

/** Where the inserted text ends, in the new document. */
function insertedEnd(change: TextChange): Pos {
  const lines = change.text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1]!;
  return lines.length === 1
    ? { line: change.range.startLine, character: change.range.startCharacter + last.length }
    : { line: change.range.startLine + lines.length - 1, character: last.length };
}

/** Map a position at or after the change's end into the new document. */
function shiftAfter(p: Pos, change: TextChange, newEnd: Pos): Pos {
  const oldEnd = end(change.range);
  if (p.line === oldEnd.line) {
    return { line: newEnd.line, character: newEnd.character + (p.character - oldEnd.character) };
  }
  return { line: p.line + (newEnd.line - oldEnd.line), character: p.character };
}

function toRange(s: Pos, e: Pos): CodeRange {
  return {
    startLine: s.line,
    startCharacter: s.character,
    endLine: e.line,
    endCharacter: e.character,
  };
}

/**
 * Follow one edit: shift a range that lies after the change, keep one before it, stretch one
 * the change touches, and report `lost` when the change swallowed the whole range (a reload
 * from disk or a checkout replaces the text wholesale; the caller then re-anchors by
 * fingerprint). A small local rewrite of exactly the anchored code keeps the note on the new code.
 */
export function applyChange(range: CodeRange, change: TextChange): PlacedRange {
  const cs = start(change.range);
  const ce = end(change.range);
  const rs = start(range);
  const re = end(range);
  const newEnd = insertedEnd(change);

  if (compare(ce, rs) <= 0) {
    return {
      range: toRange(shiftAfter(rs, change, newEnd), shiftAfter(re, change, newEnd)),
      status: 'kept',
    };
  }
  if (compare(cs, re) >= 0) return { range, status: 'kept' };
  if (compare(cs, rs) <= 0 && compare(ce, re) >= 0) {
    const changeLines = ce.line - cs.line;
    const rangeLines = re.line - rs.line;
    if (changeLines - rangeLines <= LOCAL_REWRITE_SLACK_LINES && change.text.length > 0) {
      return { range: toRange(cs, newEnd), status: 'edited' };
    }
    return { range, status: 'lost' };
  }
  const newStart = compare(cs, rs) < 0 ? cs : rs;
  const newRangeEnd = compare(ce, re) > 0 ? newEnd : shiftAfter(re, change, newEnd);
  return { range: toRange(newStart, newRangeEnd), status: 'edited' };
}

/**
 * Apply all changes of one document event. VS Code reports them against the text before the
 * event and without overlaps; applying them bottom-up keeps every change's coordinates valid.
 * Once lost, a range stays lost (later changes cannot place it again).
 */
export function applyChanges(range: CodeRange, changes: readonly TextChange[]): PlacedRange {
  const ordered = [...changes].sort((a, b) => compare(start(b.range), start(a.range)));
  let placed: PlacedRange = { range, status: 'kept' };
  for (const change of ordered) {
    const next = applyChange(placed.range, change);
    if (next.status === 'lost') return next;
    placed = { range: next.range, status: placed.status === 'edited' ? 'edited' : next.status };
  }
  return placed;
}
