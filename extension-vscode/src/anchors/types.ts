import type { CodeRange } from '@coaching-notes/shared';

/** One replacement in a text document, in the coordinates of the text before the change. */
export interface TextChange {
  range: CodeRange;
  /** The inserted text (may contain newlines). */
  text: string;
}

/**
 * How an anchor fared: `kept` (untouched or only shifted), `edited` (code inside the range
 * changed; the note stays on it), `lost` (the code was replaced wholesale: re-anchor by
 * fingerprint), `moved` (found again elsewhere by fingerprint), `detached` (not found).
 */
export type AnchorStatus = 'kept' | 'edited' | 'lost' | 'moved' | 'detached';

export interface PlacedRange {
  range: CodeRange;
  status: AnchorStatus;
}
