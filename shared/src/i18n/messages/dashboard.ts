import { defineMessages } from '../define';

/** Messages of the dashboard area. */
export const dashboardMessages = defineMessages({
  en: {},
  nl: {},
});
