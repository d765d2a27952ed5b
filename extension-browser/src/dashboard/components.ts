/** The dashboard's Lit views: importing this module defines every dashboard element. */
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
