import { defineMessages } from '../define';

/** Messages of the core area. */
export const coreMessages = defineMessages({
  en: {},
  nl: {},
});
