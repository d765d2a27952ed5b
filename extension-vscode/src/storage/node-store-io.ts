import { promises as fs } from 'node:fs';
import type { LogFileIo } from '@coaching-notes/shared';
import { writeFileAtomic } from '@coaching-notes/shared/node';

/**
 * The store's log on the local disk. Appends go through one handle opened for appending and
 * are flushed (`datasync`) before they resolve, so a committed note survives a crash; a
 * replace (compaction) is atomic and reopens the handle on the new file.
 */
export function nodeLogFileIo(file: string): LogFileIo {
  let handle: fs.FileHandle | undefined;
  const release = async () => {
    const open = handle;
    handle = undefined;
    await open?.close();
  };
  return {
    async read() {
      try {
        return await fs.readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async append(text) {
      handle ??= await fs.open(file, 'a', 0o600);
      await handle.appendFile(text, 'utf8');
      await handle.datasync();
    },
    async replace(text) {
      await release();
      await writeFileAtomic(file, text);
    },
    close: release,
  };
}
