/** Git's own union merge keeps both sides' lines; the shared merge reads them as one. */
export const UNION_MERGE_LINE = '*.coaching.jsonl merge=union';

/** `.gitattributes` with the union merge line added once, keeping what it had. */
export function withUnionMerge(existing: string | undefined): string | undefined {
  const text = existing ?? '';
  const has = text
    .split(/\r?\n/)
    .some((line) => line.trim().split(/\s+/).join(' ') === UNION_MERGE_LINE);
  if (has) return undefined;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}${UNION_MERGE_LINE}\n`;
}
