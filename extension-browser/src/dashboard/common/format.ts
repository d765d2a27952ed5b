import { RECORD_TYPES, type Locale, type Person } from '@coaching-notes/shared';
import { t } from '../../i18n';

/** People in the order of their names as the locale sorts them (in place, and returned). */
export function sortPeople(people: Person[], locale: Locale): Person[] {
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}

/** A record type's name in running text ("note", "notitie"); an unknown type as it is. */
export function typeLabel(locale: Locale, type: string): string {
  return type === 'tombstone' || (RECORD_TYPES as readonly string[]).includes(type)
    ? t(locale, `dashboard.recordType.${type as 'tombstone'}`)
    : type;
}
