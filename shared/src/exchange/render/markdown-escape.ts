/**
 * Note text as literal Markdown. Characters that GFM (or GitHub's extras: mentions, emoji,
 * math) could read as syntax anywhere in a line are backslash-escaped; `<`, `>` and `&`
 * become entities so no HTML or entity reaches the page; what only matters at the start of a
 * line (list, heading, quote and setext markers, ordered-list numbers, indentation) is escaped
 * there. Line breaks become `lineBreak`: by default `<br>` (ours, not the user's), which a table
 * cell needs; in a list item or a paragraph pass `HARD_BREAK`, which reads as plain text too.
 */
export function escapeMarkdown(text: string, lineBreak = '<br>'): string {
  return text
    .replace(/[\\`*_{}[\]#!|~^$@]/g, (c) => `\\${c}`)
    .replace(/:(?=[a-z0-9_+-]+:)/gi, '\\:')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\t/g, ' ')
    .split(/\r\n?|\n/)
    .map(escapeLineStart)
    .join(lineBreak);
}

/**
 * A Markdown hard line break that keeps the next line inside its list item (two trailing spaces,
 * then the item's indentation): the text still reads as plain text, with no `<br>` in it.
 */
export const HARD_BREAK = '  \n  ';

/**
 * Leading spaces go: four of them would start an indented code block (showing the escapes),
 * and HTML collapses them anyway; up to three are dropped by Markdown itself.
 */
function escapeLineStart(line: string): string {
  const rest = line.replace(/^ +/, '');
  const ordered = /^(\d{1,9})([.)])/.exec(rest);
  if (ordered) return `${ordered[1]}\\${rest.slice(ordered[1]!.length)}`;
  return /^[-+=]/.test(rest) ? `\\${rest}` : rest;
}
