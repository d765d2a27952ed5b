import type { Locale } from './locale';
import { format } from './define';
import { coreMessages } from './messages/core';
import { panelMessages } from './messages/panel';
import { exchangeMessages } from './messages/exchange';
import { coacheeMessages } from './messages/coachee';

export { defineMessages, format, pluralCategory } from './define';
export * from './locale';
export { formatClock, formatDay } from './dates';
export type { Catalog } from './define';

/**
 * Every shared area's catalog; keys are namespaced by convention (`panel.capture.top`). A shell
 * keeps the texts only it shows (the browser dashboard's) in a catalog of its own.
 */
export const catalogs = {
  en: {
    ...coreMessages.en,
    ...panelMessages.en,
    ...exchangeMessages.en,
    ...coacheeMessages.en,
  },
  nl: {
    ...coreMessages.nl,
    ...panelMessages.nl,
    ...exchangeMessages.nl,
    ...coacheeMessages.nl,
  },
};

export type MessageKey = keyof typeof catalogs.en;

/** The text for `key` in `locale`, with `{placeholders}` filled. */
export function t(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return format(catalogs[locale][key], params, locale);
}
