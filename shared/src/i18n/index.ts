import type { Locale } from './locale';
import { format } from './define';
import { coreMessages } from './messages/core';
import { panelMessages } from './messages/panel';
import { dashboardMessages } from './messages/dashboard';
import { exchangeMessages } from './messages/exchange';
import { coacheeMessages } from './messages/coachee';
import { linkMessages } from './messages/link';

export { defineMessages, format, pluralCategory } from './define';
export * from './locale';
export { formatClock, formatDay } from './dates';
export type { Catalog } from './define';

/** Every area's catalog; keys are namespaced by convention (`panel.capture.top`). */
export const catalogs = {
  en: {
    ...coreMessages.en,
    ...panelMessages.en,
    ...dashboardMessages.en,
    ...exchangeMessages.en,
    ...coacheeMessages.en,
    ...linkMessages.en,
  },
  nl: {
    ...coreMessages.nl,
    ...panelMessages.nl,
    ...dashboardMessages.nl,
    ...exchangeMessages.nl,
    ...coacheeMessages.nl,
    ...linkMessages.nl,
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
