import { t, type Locale } from '@coaching-notes/shared';
import { DASHBOARD_VIEWS, type CnDashboard, type DashboardView } from './components';
import { applyDocumentLocale, openPageEnvironment } from '../pages/bootstrap';
import { ExtensionDashboardHost } from './extension-host';

function viewFromHash(): DashboardView {
  const name = location.hash.replace(/^#/, '');
  return (DASHBOARD_VIEWS as readonly string[]).includes(name) ? (name as DashboardView) : 'people';
}

/** The dashboard page: the shared dashboard on the extension origin's IndexedDB store. */
async function main(): Promise<void> {
  let env;
  try {
    env = await openPageEnvironment();
  } catch (error) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `${t('en', 'dashboard.saveFailed')} ${error instanceof Error ? error.message : String(error)}`;
    document.body.append(p);
    return;
  }
  const setLocale = (locale: Locale) => {
    dashboard.locale = locale;
    applyDocumentLocale(locale, t(locale, 'dashboard.title'));
  };
  const dashboard = document.createElement('cn-dashboard') as CnDashboard;
  dashboard.store = env.store;
  dashboard.host = new ExtensionDashboardHost();
  dashboard.actor = env.actor;
  dashboard.view = viewFromHash();
  setLocale(env.locale);
  dashboard.addEventListener('cn-view-changed', (event) => {
    history.replaceState(null, '', `#${(event as CustomEvent<DashboardView>).detail}`);
  });
  addEventListener('hashchange', () => (dashboard.view = viewFromHash()));
  env.onLocaleChange(setLocale);
  document.body.append(dashboard);
}

void main();
