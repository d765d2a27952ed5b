import type { StoredRecord } from '../model/types';
import { SharedFileError } from './format';
import { parseSharedFile, serializeSharedFile } from './jsonl';
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
  const current = readExisting(existing);
  const inFile = new Set(current.map((r) => `${r.type}/${r.id}`));
  const selected = selectForExport(records, options);
  const chosen = new Set(selected.map((r) => `${r.type}/${r.id}`));
  const deletions = records.filter(
    (r) => 'deleted' in r && inFile.has(`${r.type}/${r.id}`) && !chosen.has(`${r.type}/${r.id}`),
  );
  const report = newMergeReport();
  const merged = mergeRecordSets([current, selected, deletions], report);
  return {
    text: serializeSharedFile(merged),
    exported: selected.length + deletions.length,
    total: merged.length,
    report,
  };
}

function readExisting(existing: string | Uint8Array | undefined): StoredRecord[] {
  if (existing === undefined) return [];
  if (typeof existing === 'string' && existing.trim() === '') return [];
  const parsed = parseSharedFile(existing);
  if (!parsed.ok) throw new SharedFileError(parsed.issues);
  return parsed.records;
}
