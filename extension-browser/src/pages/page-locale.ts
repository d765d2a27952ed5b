import type { Locale } from '@coaching-notes/shared';
import { loadSettings, resolveLocale } from '../common';

/**
 * The language of an extension page, from the settings (or the browser when they cannot be read).
 * Apart from `bootstrap` so that a page without a store (the debrief tab) does not bundle one.
 */
export async function settingsLocale(): Promise<Locale> {
  try {
    return resolveLocale((await loadSettings()).locale, navigator.language);
  } catch {
    return resolveLocale('auto', navigator.language);
  }
}

/** Set the document's language and title for the locale. */
export function applyDocumentLocale(locale: Locale, title: string): void {
  document.documentElement.lang = locale;
  document.title = title;
}
