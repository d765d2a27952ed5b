/** Text in both product languages. */
export interface Localized {
  nl: string;
  en: string;
}
export type Locale = keyof Localized;
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** The BCP 47 tag Intl formats a product locale with. */
export function languageTag(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

/** Pick the product locale from a browser or VS Code language tag (`nl-BE` → `nl`). */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
