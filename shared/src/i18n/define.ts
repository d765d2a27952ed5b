import type { Locale } from '../model/types';

/** A message catalog: English keys define the set; Dutch must have exactly the same keys. */
export type Catalog<K extends string> = Record<K, string>;

/**
 * Declare one area's messages in both languages. The type makes a missing Dutch (or English)
 * key a compile error; `test/shared/i18n` checks the same at run time for every area.
 */
export function defineMessages<K extends string>(messages: {
  en: Catalog<K>;
  nl: NoInfer<Catalog<K>>;
}): { en: Catalog<K>; nl: Catalog<K> } {
  return messages;
}

/** Fill `{name}` placeholders. Unknown placeholders stay as they are, so a gap is visible. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Pick the product locale from a browser or VS Code language tag (`nl-BE` → `nl`). */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
