import { t } from '../../../i18n';
import { addDays } from '../../../model/dates';
import type { Id, Locale } from '../../../model/types';
import { agendaPersonIds, type AgendaItem } from './agenda';

/** RFC 5545 text escaping. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Fold lines longer than 75 octets (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (date: string): string => date.replace(/-/g, '');

/** Upcoming check-ins, follow-ups and due actions as all-day events of an iCalendar file. */
export function agendaIcs(
  items: readonly AgendaItem[],
  names: ReadonlyMap<Id, string>,
  locale: Locale,
  now: Date,
): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coaching Notes//Dashboard//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const item of items) {
    const who = agendaPersonIds(item)
      .map((id) => names.get(id))
      .filter(Boolean)
      .join(', ');
    const summary =
      item.kind === 'action'
        ? t(locale, 'dashboard.followups.action', { text: item.action.text, who })
        : t(
            locale,
            item.kind === 'check-in'
              ? 'dashboard.followups.checkIn'
              : 'dashboard.followups.followUp',
            {
              title: item.track.title,
              who,
            },
          );
    const uidBase =
      item.kind === 'action' ? item.action.id : `${item.track.id}-${item.kind}-${item.due}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidBase}@coaching-notes`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(item.due)}`,
      `DTEND;VALUE=DATE:${basic(addDays(item.due, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
