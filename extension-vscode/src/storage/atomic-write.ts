import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Write a file so a reader or a crash sees the old or the new content, never a mix: write a
 * temp file next to it, flush it to disk, then rename it over the target (atomic on POSIX and
 * on NTFS for files on the same volume).
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
