import type { CodeAnchor, CodeRange, Observation } from '@coaching-notes/shared';

/** An observation anchored to code. */
export type CodeNote = Observation & { anchor: CodeAnchor };

export function isCodeNote(observation: Observation): observation is CodeNote {
  return observation.anchor?.kind === 'code';
}

/** Where a note is right now in the editor, ahead of what the store has. */
export interface LivePlacement {
  range: CodeRange;
  detached: boolean;
  /** Differs from the stored anchor: write it back soon. */
  dirty: boolean;
  /** The code under the note was edited: take a new fingerprint when writing back. */
  refingerprint: boolean;
  /** A new fingerprint and snippet already taken from a file read from disk. */
  refreshed?: { fingerprint: string; snippet: string };
}

export function placementOf(note: CodeNote): LivePlacement {
  return {
    range: note.anchor.range,
    detached: note.anchor.detached === true,
    dirty: false,
    refingerprint: false,
  };
}

export function sameRange(a: CodeRange, b: CodeRange): boolean {
  return (
    a.startLine === b.startLine &&
    a.startCharacter === b.startCharacter &&
    a.endLine === b.endLine &&
    a.endCharacter === b.endCharacter
  );
}
