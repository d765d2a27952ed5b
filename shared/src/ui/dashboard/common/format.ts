import type { DateOnly, Locale, Person } from '../../../model/types';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "3 March 2027" / "3 maart 2027"; dates are calendar days, so format them in UTC. */
export function formatDay(locale: Locale, date: DateOnly | undefined): string {
  if (!date) return '';
  const day = new Date(`${date.slice(0, 10)}T00:00:00.000Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(TAGS[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/** "14:05" for an observation's wall-clock time, in the coach's time zone. */
export function formatTime(locale: Locale, timestamp: string): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(TAGS[locale], { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** People in the order of their names as the locale sorts them (in place, and returned). */
export function sortPeople(people: Person[], locale: Locale): Person[] {
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}
