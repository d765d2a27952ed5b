import { promises as fs } from 'node:fs';
import { DEFAULT_READ_LIMITS, SharedFileError } from '../format';

function tooLarge(maxBytes: number): SharedFileError {
  return new SharedFileError([
    { line: 0, field: '', message: `is larger than the limit of ${maxBytes} bytes` },
  ]);
}

/**
 * The file's bytes, or `undefined` when it does not exist. Refuses files over the cap. Reads
 * until end of file rather than trusting the size `stat` reports, so pipes, FIFOs and
 * `/dev/stdin` (size 0) are read completely and a file that grows while read is still capped.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes,
): Promise<Uint8Array | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Uint8Array[] = [];
    let length = 0;
    let buffer = new Uint8Array(Math.min(Math.max(size + 1, 64 * 1024), maxBytes + 1));
    let used = 0;
    for (;;) {
      // Positionless reads: a pipe or FIFO cannot seek.
      const { bytesRead } = await handle.read(buffer, used, buffer.length - used, null);
      if (bytesRead === 0) break;
      used += bytesRead;
      if (length + used > maxBytes) throw tooLarge(maxBytes);
      if (used === buffer.length) {
        chunks.push(buffer);
        length += used;
        buffer = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1 - length));
        used = 0;
      }
    }
    if (chunks.length === 0) return buffer.subarray(0, used);
    const whole = new Uint8Array(length + used);
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    whole.set(buffer.subarray(0, used), at);
    return whole;
  } finally {
    await handle.close();
  }
}

/** All bytes of a stream (standard input), refusing more than the cap. */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    length += bytes.length;
    if (length > maxBytes) throw tooLarge(maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}
