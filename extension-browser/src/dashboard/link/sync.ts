/**
 * Sync with the linked team file, both ways through the shared merge: the file's records go in
 * through the import preview (the caller's `review`), then this profile's shared records are
 * merged into the file's current content and written back only when that changes it.
 */
import {
  authorshipIndex,
  describeIssue,
  exportToSharedFile,
  parseSharedFile,
  needsDecision,
  previewImport,
  SharedFileError,
  type Store,
  type StoredRecord,
} from '@coaching-notes/shared';
import { accessOf, isMissing, readText, writeText, type LinkedFileHandle } from './file-access';
import type { SyncRecord } from './link-store';

/**
 * Takes the file's records in: resolves with the number of changes written to the store, or
 * `undefined` when they were not applied (they wait for the user, or the user went elsewhere).
 * Calls `onWaiting` when it shows the changes to the user and waits for their answer.
 */
export type Review = (
  records: StoredRecord[],
  onWaiting?: () => void,
) => Promise<number | undefined>;

export interface SyncOptions {
  store: Store;
  review: Review;
  /** The outcome when `review` does not apply: waiting for the user, or given up. */
  unreviewed?: 'review' | 'cancelled';
  now: () => Date;
}

function parse(text: string): { records: StoredRecord[] } | { issues: string[] } {
  // A file just created by the save picker is empty: a team file with nothing in it yet.
  if (text.trim() === '') return { records: [] };
  const parsed = parseSharedFile(text);
  return parsed.ok ? { records: parsed.records } : { issues: parsed.issues.map(describeIssue) };
}

export async function syncTeamFile(
  handle: LinkedFileHandle,
  options: SyncOptions,
): Promise<SyncRecord> {
  const done = (rest: Omit<SyncRecord, 'at'>): SyncRecord => ({
    at: options.now().toISOString(),
    ...rest,
  });
  try {
    if ((await accessOf(handle)) !== 'granted')
      return done({ outcome: 'permission', imported: 0, written: false });
    const incoming = parse(await readText(handle));
    if ('issues' in incoming)
      return done({ outcome: 'unreadable', imported: 0, written: false, detail: incoming.issues });
    const imported = await options.review(incoming.records);
    if (imported === undefined)
      return done({ outcome: options.unreviewed ?? 'review', imported: 0, written: false });
    // Read again just before writing: a colleague may have synced while the preview was open.
    const current = await readText(handle);
    const merged = exportToSharedFile(current, await options.store.all());
    const written = merged.text !== current;
    if (written) await writeText(handle, merged.text);
    return done({ outcome: 'synced', imported, written });
  } catch (error) {
    if (error instanceof SharedFileError)
      return done({
        outcome: 'unreadable',
        imported: 0,
        written: false,
        detail: error.issues.map(describeIssue),
      });
    if (isMissing(error)) return done({ outcome: 'missing', imported: 0, written: false });
    return done({
      outcome: 'failed',
      imported: 0,
      written: false,
      detail: [error instanceof Error ? error.message : String(error)],
    });
  }
}

/**
 * The review of a sync nobody watches (at the end of a session): the file's changes go in only
 * when none needs the user. Waiting: a namesake to tell apart, a conflict to resolve, or a change
 * to an existing record that may be mine (someone else's edit of my record needs my yes; without
 * knowing who I am, any change to an existing record might be one).
 */
export function unattendedReview(store: Store, actor: string): Review {
  return async (records) => {
    const me = authorshipIndex(await store.all()).personOfActor.get(actor);
    // With `person`, the preview holds back (as 'foreign') other people's changes to my records.
    const preview = await previewImport(store, records, me === undefined ? {} : { person: me });
    // Held back from `writes`, so asked first: anything only the user can decide.
    if (needsDecision(preview, { unattended: true, person: me })) return undefined;
    if (preview.writes.length === 0) return 0;
    await store.putMany(preview.writes, 'import');
    return preview.writes.length;
  };
}
