/**
 * The commit a note was made on, read from `.git` files rather than by running git: it works
 * the same in desktop VS Code, in a remote and in code-server, and needs no git on PATH.
 * Pure parsing here; `git-commit.ts` does the reading.
 */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export type HeadRef = { kind: 'commit'; sha: string } | { kind: 'ref'; ref: string };

/** `.git/HEAD`: a detached sha, or `ref: refs/heads/main`. */
export function parseHead(text: string): HeadRef | undefined {
  const line = text.trim();
  if (SHA.test(line)) return { kind: 'commit', sha: line };
  const match = /^ref:\s*(refs\/\S+)$/.exec(line);
  return match ? { kind: 'ref', ref: match[1]! } : undefined;
}

/** A loose ref file holds one sha. */
export function parseLooseRef(text: string): string | undefined {
  const line = text.trim();
  return SHA.test(line) ? line : undefined;
}

/** `packed-refs`: lines `<sha> <ref>`, comments and peeled `^<sha>` lines ignored. */
export function findPackedRef(text: string, ref: string): string | undefined {
  for (const line of text.split('\n')) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return undefined;
}

/** A worktree or submodule has a `.git` file: `gitdir: <path>`. */
export function parseGitDirFile(text: string): string | undefined {
  const match = /^gitdir:\s*(.+)$/m.exec(text);
  return match ? match[1]!.trim() : undefined;
}
