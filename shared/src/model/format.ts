import type { DateOnly, Locale } from './types';
import { dateOnlyToUtc } from './dates';

/** A session offset as a clock: `mm:ss`, or `h:mm:ss` from one hour on. */
export function formatOffset(offsetMs: number): string {
  const totalSeconds = Math.floor(Math.max(0, offsetMs) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * "3 March" / "3 maart"; the year is added when it differs from `today`'s. Uses Intl, which
 * Node, browsers and the VS Code host all carry with full locale data.
 */
export function formatDay(date: DateOnly, locale: Locale, today?: DateOnly): string {
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(dateOnlyToUtc(date));
}
