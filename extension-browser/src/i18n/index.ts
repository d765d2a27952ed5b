/**
 * The browser extension's texts: the shared catalogs plus the dashboard's own (only the
 * browser shows the dashboard, so its texts stay out of the panel page and the VS Code webviews).
 * Import `t` from here only where a dashboard text is shown; elsewhere the shared `t` is enough.
 */
import { format, t as sharedT, type Locale, type MessageKey } from '@coaching-notes/shared';
import { dashboardMessages } from './dashboard';
import { linkMessages } from './link';

export const browserCatalogs = {
  en: { ...dashboardMessages.en, ...linkMessages.en },
  nl: { ...dashboardMessages.nl, ...linkMessages.nl },
};

export type BrowserMessageKey = keyof typeof browserCatalogs.en;

function isBrowserKey(key: string): key is BrowserMessageKey {
  return Object.hasOwn(browserCatalogs.en, key);
}

/** The text for `key` (a shared or a dashboard key) in `locale`, with `{placeholders}` filled. */
export function t(
  locale: Locale,
  key: MessageKey | BrowserMessageKey,
  params?: Record<string, string | number>,
): string {
  return isBrowserKey(key)
    ? format(browserCatalogs[locale][key], params, locale)
    : sharedT(locale, key, params);
}
