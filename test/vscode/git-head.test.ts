import { describe, expect, it } from 'vitest';
import {
  findPackedRef,
  parseGitDirFile,
  parseHead,
  parseLooseRef,
} from '../../extension-vscode/src/workspace/git-head';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('reading .git without git', () => {
  it('parses HEAD on a branch and detached', () => {
    expect(parseHead('ref: refs/heads/main\n')).toEqual({ kind: 'ref', ref: 'refs/heads/main' });
    expect(parseHead(`${SHA}\n`)).toEqual({ kind: 'commit', sha: SHA });
    expect(parseHead('garbage')).toBeUndefined();
  });

  it('reads loose and packed refs', () => {
    expect(parseLooseRef(`${SHA}\n`)).toBe(SHA);
    const packed = `# pack-refs with: peeled fully-peeled sorted\n${SHA} refs/heads/main\n^${SHA}\n`;
    expect(findPackedRef(packed, 'refs/heads/main')).toBe(SHA);
    expect(findPackedRef(packed, 'refs/heads/other')).toBeUndefined();
  });

  it('follows a worktree .git file', () => {
    expect(parseGitDirFile('gitdir: /repo/.git/worktrees/x\n')).toBe('/repo/.git/worktrees/x');
  });
});
