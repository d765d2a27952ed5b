import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createPerson, parseSharedFile, serializeSharedFile } from '@coaching-notes/shared';
import { withFileLock, writeFileAtomic } from '@coaching-notes/shared/node';
import { startHost, type Host } from '../vscode/code-server';
import { THREE_LINE_SAMPLE } from '../vscode/fixtures';
import { answer, runCommand, startPairingWithNewCoachee, waitForPrompt } from '../vscode/workbench';

const colleague = (name: string) =>
  createPerson({ displayName: name }, { actor: 'c0ffee00c0ffee00', now: new Date() });

/**
 * A colleague's export, a CLI merge or the git merge driver may be writing the shared file
 * while the coach exports: VS Code must wait for the file's lock, as the CLI does, and merge
 * what the other writer wrote instead of overwriting it.
 */
describe('VS Code: export to the shared file through its lock', () => {
  let host: Host | undefined;

  afterAll(async () => {
    await host?.close();
  });

  it('waits while another process holds the shared file’s lock, then merges that process’s write', async () => {
    host = await startHost({
      files: {
        'src/sample.ts': THREE_LINE_SAMPLE,
        '.coaching/notes.coaching.jsonl': serializeSharedFile([colleague('Noor')]),
      },
    });
    const { page, workspace } = host;
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(tmpdir(), 'coaching-notes-vscode-lock.png') });
    });
    const sharedFile = path.join(workspace, '.coaching/notes.coaching.jsonl');
    await startPairingWithNewCoachee(page, 'Sam');

    await withFileLock(sharedFile, async () => {
      const before = await readFile(sharedFile, 'utf8');
      await runCommand(page, 'Coaching: Export to Shared File');
      await waitForPrompt(page, 'private');
      await answer(page, 'Shared notes only', 'Shared notes only');
      // An export that ignored the lock would have written by now.
      await page.waitForTimeout(4_000);
      expect(await readFile(sharedFile, 'utf8')).toBe(before);
      // The lock holder writes meanwhile (what a colleague's export would add).
      const parsed = parseSharedFile(before);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      await writeFileAtomic(
        sharedFile,
        serializeSharedFile([...parsed.records, colleague('Lotte')]),
      );
    });
    await expect
      .poll(() => readFile(sharedFile, 'utf8'), { timeout: 30_000 })
      .toContain('Pairing with Sam');
    const text = await readFile(sharedFile, 'utf8');
    expect(text).toContain('"Noor"');
    expect(text).toContain('"Lotte"');
  });
});
