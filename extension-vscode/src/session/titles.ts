/**
 * A title not yet taken: the base, else "base (2)", "base (3)"… Two pairing sessions on one
 * day must read apart in the view, the debrief and the export.
 */
export function distinctTitle(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `HH:MM` of a local time, for a title that says when the session started. */
export function clockTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
