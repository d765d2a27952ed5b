import type { StoredRecord } from '../model/types';
import { isTombstone } from '../model/revision';
import { SharedFileError, recordKey } from './format';
import { knownLines, parseSharedFile, serializeSharedFile, type KnownLines } from './jsonl';
import { mergeRecordSets, newMergeReport, type MergeReport } from './merge';
import { selectForExport, type ExportOptions } from './select';

export interface ExportResult {
  text: string;
  /** Records this export contributed (after selection and privacy filter). */
  exported: number;
  /** Records in the file afterwards. */
  total: number;
  report: MergeReport;
}

/**
 * Export into a shared file without overwriting it: the selected records are merged into the
 * existing content (if any) and the whole file is written back in canonical order. Deletions
 * travel too: a tombstone for a record the file holds is always included (it carries no
 * text). Throws `SharedFileError` when the existing content is not a valid shared file, so a
 * file we cannot read is never replaced.
 */
export function mergeIntoSharedFile(
  existing: string | Uint8Array | undefined,
  records: readonly StoredRecord[],
  options: ExportOptions = {},
): string {
  return exportToSharedFile(existing, records, options).text;
}

export function exportToSharedFile(
  existing: string | Uint8Array | undefined,
  records: readonly StoredRecord[],
  options: ExportOptions = {},
): ExportResult {
  const selected = selectForExport(records, options);
  // Most lines of a file we exported to before are our records' lines, byte for byte.
  const known = knownLines(selected);
  const current = readExisting(existing, known);
  const deletions = deletionsFor(current, selected, records);
  const report = newMergeReport();
  const merged = mergeRecordSets([current, selected, deletions], report);
  return {
    text: serializeSharedFile(merged, known),
    exported: selected.length + deletions.length,
    total: merged.length,
    report,
  };
}

/** Tombstones of records the file holds that the selection left out (they carry no text). */
function deletionsFor(
  current: readonly StoredRecord[],
  selected: readonly StoredRecord[],
  records: readonly StoredRecord[],
): StoredRecord[] {
  const tombstones = records.filter(isTombstone);
  if (tombstones.length === 0) return [];
  const inFile = new Set(current.map(recordKey));
  const chosen = new Set(selected.map(recordKey));
  return tombstones.filter((r) => inFile.has(recordKey(r)) && !chosen.has(recordKey(r)));
}

function readExisting(
  existing: string | Uint8Array | undefined,
  known: KnownLines,
): StoredRecord[] {
  if (existing === undefined) return [];
  if (typeof existing === 'string' && existing.trim() === '') return [];
  const parsed = parseSharedFile(existing, {}, known);
  if (!parsed.ok) throw new SharedFileError(parsed.issues);
  return parsed.records;
}
