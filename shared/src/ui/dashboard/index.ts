/** The coaching dashboard's Lit components, its search index and the host port the shell implements. */
import './root/dashboard';

export { CnDashboard } from './root/dashboard.component';
export { DASHBOARD_VIEWS, type DashboardView } from './views';
export type {
  DashboardContext,
  DashboardHost,
  DashboardSettings,
  LanguageChoice,
  PanelSurface,
  ShortcutSettingsResult,
  CommandBinding,
} from './context';
export { LAUNCHER_SITES } from './settings/settings-view.component';
export { RETENTION_CHOICES } from './privacy/privacy-view.component';
export {
  SearchIndex,
  SEARCH_DB_NAME,
  type SearchHit,
  type SearchResult,
} from './search/search-index';
export { SearchSync } from './search/search-sync';
export { foldText, indexTokens, queryTerms } from './search/tokenize';
export { loadAgenda } from './followups/agenda';
export type { AgendaItem } from '../../model/agenda';
export { agendaIcs } from './followups/ics';
