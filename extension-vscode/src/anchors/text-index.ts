import { hashNumber, normaliseLine } from './fingerprint';

/**
 * A document prepared once for many re-anchorings: normalised lines and where each line hash
 * occurs, so finding 1k notes in a 10k-line file stays linear rather than quadratic.
 */
export interface TextIndex {
  lines: readonly string[];
  normalised: readonly string[];
  linesByHash: ReadonlyMap<number, readonly number[]>;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function indexText(text: string): TextIndex {
  const lines = splitLines(text);
  const normalised = lines.map(normaliseLine);
  const linesByHash = new Map<number, number[]>();
  normalised.forEach((line, index) => {
    const hash = hashNumber(line);
    const list = linesByHash.get(hash);
    if (list) list.push(index);
    else linesByHash.set(hash, [index]);
  });
  return { lines, normalised, linesByHash };
}
