import { languageTag, type Locale } from './locale';

/**
 * "3 March" / "3 maart"; the year is added when it differs from `today`'s (always without
 * `today`). Calendar days are formatted in UTC so no time zone moves them. Empty for no date;
 * text that is not a date is shown as it is. Uses Intl, which Node, browsers and the VS Code
 * host all carry with full locale data.
 */
export function formatDay(date: string | undefined, locale: Locale, today?: string): string {
  if (!date) return '';
  const day = new Date(`${date.slice(0, 10)}T00:00:00.000Z`);
  if (Number.isNaN(day.getTime())) return date;
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4);
  return new Intl.DateTimeFormat(languageTag(locale), {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(day);
}

/** Wall-clock time of a timestamp in the user's time zone and language, e.g. `14:05`. */
export function formatClock(at: string, locale: Locale): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return '';
  return new Intl.DateTimeFormat(languageTag(locale), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);
}
