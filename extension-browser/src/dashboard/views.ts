/** The dashboard's views, in navigation order. DOM-free, so Node code (tests) can import it. */
export const DASHBOARD_VIEWS = [
  'people',
  'history',
  'search',
  'actions',
  'followups',
  'progress',
  'exchange',
  'privacy',
  'settings',
] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];
