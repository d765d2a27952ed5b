import type { Locale, Person } from '../../../model/types';

/** People in the order of their names as the locale sorts them (in place, and returned). */
export function sortPeople(people: Person[], locale: Locale): Person[] {
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}
