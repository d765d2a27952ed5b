import { defineMessages } from '../define';

/** Messages of the exchange area. */
export const exchangeMessages = defineMessages({
  en: {},
  nl: {},
});
