import type { Store } from '../store/port';
import type { Id, StoredRecord } from '../model/types';
import type { FileIssue, ReadLimits } from './format';
import { parseSharedFile } from './jsonl';
import { mergeRecord, mergeRecordSets, newMergeReport, type MergeReport } from './merge';
import { jsonEqual } from './canonical';
import { guardImport, type ForeignChange } from './guard';

export type ImportPlan =
  | {
      ok: true;
      /** What may be written at once. */
      records: StoredRecord[];
      unchanged: number;
      report: MergeReport;
      /**
       * With `person`: other people's deletions, hidings and edits of that person's records,
       * left out of `records` until they say yes (`acceptForeignChange`) or keep theirs
       * (`keepMine`). Empty without `person`.
       */
      foreign: ForeignChange[];
    }
  | { ok: false; issues: FileIssue[] };

export interface ImportOptions {
  limits?: Partial<ReadLimits>;
  /** The importing person: their records are not changed by others without their yes. */
  person?: Id;
}

/**
 * What importing a shared file would write: each record of the file merged with the store's
 * version of it (so a stale file never overwrites newer local edits), keeping only records
 * that change. Pure: give it the store's records. All or nothing: any issue, no records.
 */
export function planImport(
  input: string | Uint8Array,
  existing: Iterable<StoredRecord>,
  options: ImportOptions = {},
): ImportPlan {
  const parsed = parseSharedFile(input, options.limits ?? {});
  if (!parsed.ok) return parsed;
  const report = newMergeReport();
  const local = new Map<string, StoredRecord>();
  for (const record of existing) local.set(`${record.type}/${record.id}`, record);

  const records: StoredRecord[] = [];
  let unchanged = 0;
  for (const incoming of mergeRecordSets([parsed.records], report)) {
    const mine = local.get(`${incoming.type}/${incoming.id}`);
    const merged = mine ? mergeRecord(mine, incoming, report) : incoming;
    if (mine && (merged === mine || jsonEqual(merged, mine))) unchanged++;
    else records.push(merged);
  }
  if (options.person === undefined) return { ok: true, records, unchanged, report, foreign: [] };
  const { safe, foreign } = guardImport(records, local.values(), options.person);
  return { ok: true, records: safe, unchanged, report, foreign };
}

export type ImportResult =
  | { ok: true; written: number; unchanged: number; report: MergeReport }
  | { ok: false; issues: FileIssue[] };

/** Import a shared file into the store in one transaction; on any issue the store is untouched. */
export async function importIntoStore(
  store: Store,
  input: string | Uint8Array,
  limits: Partial<ReadLimits> = {},
): Promise<ImportResult> {
  const plan = planImport(input, await store.all(), { limits });
  if (!plan.ok) return plan;
  if (plan.records.length > 0) await store.putMany(plan.records, 'import');
  return { ok: true, written: plan.records.length, unchanged: plan.unchanged, report: plan.report };
}
