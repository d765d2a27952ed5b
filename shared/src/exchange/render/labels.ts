import { catalogs, format, type MessageKey } from '../../i18n';
import type { Locale } from '../../model/types';

/** A message in `locale`; a key another area has not defined yet shows its last part. */
export function label(
  locale: Locale,
  key: string,
  params?: Record<string, string | number>,
): string {
  const template = (catalogs[locale] as Record<string, string>)[key as MessageKey];
  return template === undefined ? (key.split('.').pop() ?? key) : format(template, params, locale);
}
