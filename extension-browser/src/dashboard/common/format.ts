import type { Locale, Person } from '@coaching-notes/shared';

/** People in the order of their names as the locale sorts them (in place, and returned). */
export function sortPeople(people: Person[], locale: Locale): Person[] {
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}
