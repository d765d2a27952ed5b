import { defineMessages } from '../define';

/** Messages of the panel area. */
export const panelMessages = defineMessages({
  en: {},
  nl: {},
});
