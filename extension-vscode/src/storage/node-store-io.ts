import { promises as fs } from 'node:fs';
import { SharedFileError, parseSharedFile, serializeSharedFile } from '@coaching-notes/shared';
import { writeFileAtomic } from '@coaching-notes/shared/node';
import type { StoreCodec, StoreFileIo } from './file-store';

/** The store file is a shared file: the same JSONL, readable by the CLI and mergeable. */
export const sharedFileCodec: StoreCodec = {
  parse(text) {
    const result = parseSharedFile(text);
    if (!result.ok) throw new SharedFileError(result.issues);
    return result.records;
  },
  serialize: (records) => serializeSharedFile(records),
};

export function nodeFileIo(file: string): StoreFileIo {
  return {
    async read() {
      try {
        return await fs.readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    write: (text) => writeFileAtomic(file, text),
  };
}
