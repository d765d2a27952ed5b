/** A validator finding: 1-based `line` (0 = the file as a whole) and a dotted `field` path. */
export interface LineIssue {
  line: number;
  field: string;
  message: string;
}

/** Where to underline a finding, 0-based, and what to say. */
export interface DiagnosticSpec {
  line: number;
  startCharacter: number;
  endCharacter: number;
  field: string;
  message: string;
}

/** The key to look for on the line: the last named segment of the path (`tipIds` of `after.feedback.tipIds.2`). */
export function keyOfField(field: string): string | undefined {
  const named = field.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  return named[named.length - 1];
}

/**
 * `JSON.parse` counts within the one line it was given: "at position 677 (line 1 column 678)"
 * (Node 22+) or "at position 677". On a file's line 8, "line 1" misleads: name the column only,
 * and return the 0-based character to mark.
 */
export function jsonSyntaxColumn(
  message: string,
): { character: number; message: string } | undefined {
  const match = /at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  if (!match) return undefined;
  const character = Number(match[1]);
  return { character, message: message.replace(match[0], `at column ${character + 1}`) };
}

/**
 * Map the shared validator's findings onto the editor: the line it names, narrowed to the
 * field's key when the key occurs on that line, else the line's text; file-level findings
 * go on the first line.
 */
export function toDiagnosticSpecs(
  issues: readonly LineIssue[],
  lines: readonly string[],
): DiagnosticSpec[] {
  return issues.map((issue) => {
    const line = Math.min(Math.max(issue.line - 1, 0), Math.max(lines.length - 1, 0));
    const text = lines[line] ?? '';
    const syntax = issue.field ? undefined : jsonSyntaxColumn(issue.message);
    if (syntax) {
      const start = Math.min(syntax.character, Math.max(text.length - 1, 0));
      return {
        line,
        startCharacter: start,
        endCharacter: Math.max(start + 1, Math.min(text.length, start + 1)),
        field: '',
        message: syntax.message,
      };
    }
    const key = keyOfField(issue.field);
    const at = key ? text.indexOf(JSON.stringify(key)) : -1;
    if (at >= 0) {
      return {
        line,
        startCharacter: at,
        endCharacter: at + JSON.stringify(key).length,
        field: issue.field,
        message: issue.message,
      };
    }
    const indent = text.length - text.trimStart().length;
    return {
      line,
      startCharacter: indent,
      endCharacter: Math.max(text.length, indent + 1),
      field: issue.field,
      message: issue.message,
    };
  });
}
