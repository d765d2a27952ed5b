/**
 * The File System Access API as the team-file link uses it (Chromium and Edge). TypeScript's DOM
 * library lacks the pickers and the permission calls, so their shapes are declared here.
 */
import { FILE_EXTENSION } from '@coaching-notes/shared';

type AccessMode = { mode: 'read' | 'readwrite' };

export interface LinkedFileHandle extends FileSystemFileHandle {
  queryPermission?(descriptor: AccessMode): Promise<PermissionState>;
  requestPermission?(descriptor: AccessMode): Promise<PermissionState>;
}

interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}

interface FilePickers {
  showOpenFilePicker(options: {
    types: PickerType[];
    excludeAcceptAllOption?: boolean;
    multiple?: false;
  }): Promise<LinkedFileHandle[]>;
  showSaveFilePicker(options: {
    types: PickerType[];
    suggestedName: string;
  }): Promise<LinkedFileHandle>;
}

const READ_WRITE: AccessMode = { mode: 'readwrite' };

/** Whether this browser can link a file; detect the feature, never the user agent. */
export function canLinkFiles(): boolean {
  return typeof (globalThis as Partial<FilePickers>).showOpenFilePicker === 'function';
}

function pickerTypes(description: string): PickerType[] {
  // Pickers accept a single-dot extension only; `.coaching.jsonl` files end in `.jsonl`.
  return [{ description, accept: { 'application/jsonl': ['.jsonl'] } }];
}

/** Let the user choose the team's existing file. Rejects with `AbortError` when they cancel. */
export async function pickExistingFile(description: string): Promise<LinkedFileHandle> {
  const [handle] = await (globalThis as unknown as FilePickers).showOpenFilePicker({
    types: pickerTypes(description),
  });
  if (!handle) throw new DOMException('No file chosen', 'AbortError');
  return handle;
}

/** Let the user create a new team file. */
export function pickNewFile(description: string): Promise<LinkedFileHandle> {
  return (globalThis as unknown as FilePickers).showSaveFilePicker({
    types: pickerTypes(description),
    suggestedName: `team${FILE_EXTENSION}`,
  });
}

/** Whether reading and writing are allowed now; a handle without the call (OPFS) always is. */
export async function accessOf(handle: LinkedFileHandle): Promise<PermissionState> {
  return (await handle.queryPermission?.(READ_WRITE)) ?? 'granted';
}

/** Ask again; the browser shows its prompt only inside a click (user activation). */
export async function requestAccess(handle: LinkedFileHandle): Promise<PermissionState> {
  return (await handle.requestPermission?.(READ_WRITE)) ?? 'granted';
}

export async function readText(handle: LinkedFileHandle): Promise<string> {
  return (await handle.getFile()).text();
}

/**
 * Replace the file's content. `createWritable` writes a swap file that replaces the original
 * only on `close`, so a failure half-way leaves the team's file as it was.
 */
export async function writeText(handle: LinkedFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
  await writable.close();
}

/** The user closed the picker: not an error to report. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The linked file was moved, renamed or deleted outside the browser. */
export function isMissing(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}
