import type { DateOnly, Timestamp } from './types';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Dates are computed in UTC so a date never
 * shifts with the machine's time zone; only `toDateOnly` looks at the local calendar, because
 * "today" is the coach's today.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day as `YYYY-MM-DD` (year 1000 on, so not 2026-02-30). Plain arithmetic,
 * no Date: every timestamp of every record passes here when a file is read.
 */
export function isDateOnly(value: string): value is DateOnly {
  if (value.length !== 10 || !DATE_RE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1]! + (month === 2 && leap ? 1 : 0);
}

/**
 * The last date a record may hold: the day after it still has a four-digit year, which
 * iCalendar's all-day events (DTEND is the next day) and comparing dates as text rely on.
 */
export const LAST_DATE = '9999-12-30';

/** A day that exists in the calendar (not 2026-02-30), from year 1000 up to `LAST_DATE`. */
export function isCalendarDate(value: string): boolean {
  return isDateOnly(value) && value <= LAST_DATE;
}

/** The local calendar day of an instant. */
export function toDateOnly(instant: Date): DateOnly {
  const y = String(instant.getFullYear()).padStart(4, '0');
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Midnight UTC of a date, for arithmetic and formatting. */
export function dateOnlyToUtc(date: DateOnly): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function addDays(date: DateOnly, days: number): DateOnly {
  return new Date(dateOnlyToUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Same day `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: DateOnly, months: number): DateOnly {
  const start = dateOnlyToUtc(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateOnly, to: DateOnly): number {
  return Math.round((dateOnlyToUtc(to).getTime() - dateOnlyToUtc(from).getTime()) / DAY_MS);
}

export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  return Date.parse(a) - Date.parse(b);
}
