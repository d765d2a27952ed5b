import { t, type Locale } from '@coaching-notes/shared';
// Only the element this page mounts (with what it renders): the UI barrel holds every view.
import '@coaching-notes/shared/ui/observation-panel';
import type { CnObservationPanel } from '@coaching-notes/shared/ui';
import { ext, resolveLocale } from '../common';
import { applyDocumentLocale, openPageEnvironment } from '../pages/bootstrap';
import { ExtensionPanelHost, type PanelMode } from './extension-host';
import { placedByExtension } from './placement';

/** The session the panel had open, in `storage.local`: the overlay frame may be denied localStorage. */
const SESSION_KEY = 'panel.session';
/** Sessions opened lately, newest first: each call tab reopens the one that started on it. */
const RECENT_KEY = 'panel.recentSessions';
const RECENT_MAX = 12;

/** The panel page: mounted in the overlay iframe (`?mode=overlay`) and in the side panel. */
async function main(): Promise<void> {
  const mode: PanelMode =
    new URLSearchParams(location.search).get('mode') === 'sidepanel' ? 'sidepanel' : 'overlay';
  document.body.dataset['mode'] = mode;
  // Nothing is opened, read or mounted until the frame is known to be the extension's own.
  const refusal = document.createElement('p');
  await placedByExtension(mode, () => {
    const locale: Locale = resolveLocale('auto', navigator.language);
    refusal.textContent = t(locale, 'panel.notPlaced');
    document.body.append(refusal);
  });
  refusal.remove();
  let env;
  try {
    env = await openPageEnvironment({ bridged: mode === 'overlay' });
  } catch (error) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = t('en', 'panel.error.store', {
      message: error instanceof Error ? error.message : String(error),
    });
    document.body.append(p);
    return;
  }
  applyDocumentLocale(env.locale, t(env.locale, 'panel.pageTitle'));
  const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
  panel.store = env.store;
  panel.locale = env.locale;
  panel.changeContext = env.changeContext;
  panel.host = new ExtensionPanelHost(mode);
  const stored = await ext.storage.local.get([SESSION_KEY, RECENT_KEY]);
  const last = stored[SESSION_KEY];
  let recent = Array.isArray(stored[RECENT_KEY])
    ? (stored[RECENT_KEY] as unknown[]).filter((id): id is string => typeof id === 'string')
    : [];
  panel.recentSessionIds = recent;
  panel.sessionId = typeof last === 'string' ? last : undefined;
  panel.addEventListener('cn-active-session', (event) => {
    const id = (event as CustomEvent<{ sessionId?: string }>).detail.sessionId;
    if (!id) {
      void ext.storage.local.remove(SESSION_KEY);
      return;
    }
    recent = [id, ...recent.filter((other) => other !== id)].slice(0, RECENT_MAX);
    panel.recentSessionIds = recent;
    void ext.storage.local.set({ [SESSION_KEY]: id, [RECENT_KEY]: recent });
  });
  document.body.append(panel);
  // The loader focuses this frame when the overlay is brought up (shortcut, launcher): carry
  // focus on to where the coach goes on from, instead of leaving it on the bare document.
  window.addEventListener('focus', () => {
    if (document.activeElement === document.body) void panel.focusStart();
  });
  if (document.hasFocus()) void panel.focusStart();

  const notice = (locale: 'nl' | 'en') =>
    env.persisted === false ? t(locale, 'panel.storage.notPersisted') : '';
  panel.notice = notice(env.locale);
  env.onLocaleChange((locale) => {
    panel.locale = locale;
    applyDocumentLocale(locale, t(locale, 'panel.pageTitle'));
    panel.notice = notice(locale);
  });
}

void main();
