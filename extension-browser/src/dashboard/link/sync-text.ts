import { formatClock, formatDay, t, type Locale } from '@coaching-notes/shared';
import type { SyncRecord } from './link-store';

/** How a sync ended, in words: "2 changes taken in; the file was updated." */
export function syncResultText(locale: Locale, record: SyncRecord): string {
  switch (record.outcome) {
    case 'synced':
      return t(
        locale,
        record.written ? 'dashboard.link.result.written' : 'dashboard.link.result.unchanged',
        { n: record.imported },
      );
    default:
      return t(locale, `dashboard.link.result.${record.outcome}`);
  }
}

/** "Last sync 26 Nov 2026 09:12: …". */
export function lastSyncText(locale: Locale, record: SyncRecord): string {
  return t(locale, 'dashboard.link.lastSync', {
    when: `${formatDay(record.at, locale)} ${formatClock(record.at, locale)}`,
    result: syncResultText(locale, record),
  });
}
