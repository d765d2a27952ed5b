import { escapeMarkdown, renderMarkdown, serializeSharedFile } from '.';
import { t } from '../i18n';
import { isTombstone } from '../model/revision';
import type { Locale, Person } from '../model/types';
import type { Store } from '../store/port';
import { recordsInScope } from './export-plan';

export interface AccessRequest {
  jsonl: string;
  markdown: string;
  count: number;
}

/**
 * Everything stored about one person (GDPR access request): their record, tracks with goals,
 * sessions, every observation including private ones, and actions — as a shared file and as
 * Markdown rendered by the shared file's renderer.
 */
export async function accessRequest(
  store: Store,
  person: Person,
  locale: Locale,
): Promise<AccessRequest> {
  const records = (await recordsInScope(store, { kind: 'person', personId: person.id })).filter(
    (r) => !isTombstone(r),
  );
  const heading = `# ${escapeMarkdown(t(locale, 'dashboard.access.title', { name: person.displayName }))}`;
  const body = renderMarkdown(records, { locale, includePrivate: true });
  return {
    jsonl: serializeSharedFile(records),
    markdown: `${heading}\n\n${body}`,
    count: records.length,
  };
}
