import { describe, expect, it } from 'vitest';
import {
  UNION_MERGE_LINE,
  withUnionMerge,
} from '../../extension-vscode/src/storage/git-attributes';

describe('.gitattributes for the shared file', () => {
  it('creates the union merge line when there is no .gitattributes', () => {
    expect(withUnionMerge(undefined)).toBe(`${UNION_MERGE_LINE}\n`);
  });

  it('appends the line after what the file already says, on a line of its own', () => {
    expect(withUnionMerge('*.png binary')).toBe(`*.png binary\n${UNION_MERGE_LINE}\n`);
    expect(withUnionMerge('*.png binary\n')).toBe(`*.png binary\n${UNION_MERGE_LINE}\n`);
  });

  it('leaves a file that already has the line (any spacing) unchanged', () => {
    expect(withUnionMerge(`*.png binary\n${UNION_MERGE_LINE}\n`)).toBeUndefined();
    expect(withUnionMerge('  *.coaching.jsonl   merge=union\r\n')).toBeUndefined();
  });
});
