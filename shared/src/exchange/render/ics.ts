import type { Id, Locale, StoredRecord } from '../../model/types';
import { label } from './labels';
import { nameOf, viewOf } from './view';

export interface IcsOptions {
  locale: Locale;
  includePrivate?: boolean;
  trackId?: Id;
  /** Events before this day are left out; defaults to today (UTC). */
  now?: Date;
}

/**
 * Upcoming check-ins (planned sessions and a track's follow-up conversations) and open actions
 * with a due date, as an iCalendar file (RFC 5545) of all-day events. UIDs derive from record
 * ids, so re-importing the file updates events instead of duplicating them; DTSTAMP is the
 * record's last change, so the output is the same for the same records.
 */
export function renderIcs(records: readonly StoredRecord[], options: IcsOptions): string {
  const view = viewOf(records, options);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const inTrack = (trackId: Id | undefined) => !options.trackId || trackId === options.trackId;
  const events: string[][] = [];
  for (const session of view.sessions) {
    if (!inTrack(session.trackId) || session.date < today) continue;
    if (session.status !== 'planned' && session.status !== 'prepared') continue;
    events.push(
      event(
        `session-${session.id}`,
        session.date,
        session.updatedAt,
        label(options.locale, 'exchange.ics.checkIn', { title: session.title }),
        session.context?.label,
      ),
    );
  }
  for (const track of view.tracks) {
    if (!inTrack(track.id)) continue;
    for (const date of track.followUpDates.filter((d) => d >= today)) {
      events.push(
        event(
          `follow-up-${track.id}-${date}`,
          date,
          track.updatedAt,
          label(options.locale, 'exchange.ics.followUp', { title: track.title }),
        ),
      );
    }
  }
  for (const action of view.actions) {
    if (!inTrack(action.trackId) || action.status !== 'open' || !action.due || action.due < today)
      continue;
    const owner = action.ownerId
      ? label(options.locale, 'exchange.ics.owner', { name: nameOf(view, action.ownerId) })
      : undefined;
    events.push(
      event(
        `action-${action.id}`,
        action.due,
        action.updatedAt,
        label(options.locale, 'exchange.ics.actionDue', { text: action.text }),
        owner,
      ),
    );
  }
  events.sort((a, b) => (a[3]! < b[3]! ? -1 : a[3]! > b[3]! ? 1 : a[1]! < b[1]! ? -1 : 1));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coaching Notes//coaching-notes//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(label(options.locale, 'exchange.ics.calendarName'))}`,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function event(
  uid: string,
  date: string,
  stamp: string,
  summary: string,
  description?: string,
): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}@coaching-notes`,
    `DTSTAMP:${icsTimestamp(stamp)}`,
    `DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`,
    `DTEND;VALUE=DATE:${nextDay(date).replace(/-/g, '')}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** `20261122T093000Z` */
function icsTimestamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')
    .split('')
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join('');
}

/** Control characters other than tab are not allowed in TEXT values. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded (RFC 5545 §3.1): CRLF and a space, never inside a
 * UTF-8 sequence (we cut between code points).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with the folding space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
