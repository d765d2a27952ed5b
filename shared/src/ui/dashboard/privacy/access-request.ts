import { serializeSharedFile } from '../../../exchange';
import { isTombstone } from '../../../model/revision';
import type { Locale, Person, StoredRecord } from '../../../model/types';
import type { Store } from '../../../store/port';
import { recordsInScope } from '../exchange/export-plan';
import { personMarkdown } from './person-markdown';

export interface AccessRequest {
  jsonl: string;
  markdown: string;
  count: number;
}

/**
 * Everything stored about one person (GDPR access request): their record, tracks with goals,
 * sessions, every observation including private ones, and actions — as a shared file and
 * as a readable Markdown document.
 */
export async function accessRequest(
  store: Store,
  person: Person,
  locale: Locale,
): Promise<AccessRequest> {
  const records = (await recordsInScope(store, { kind: 'person', personId: person.id })).filter(
    (r): r is Exclude<StoredRecord, { deleted: true }> => !isTombstone(r),
  );
  return {
    jsonl: serializeSharedFile(records),
    markdown: personMarkdown(person, records, locale),
    count: records.length,
  };
}
