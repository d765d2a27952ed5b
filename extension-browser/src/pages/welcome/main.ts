/**
 * First-run help, opened once on install: how to pin the toolbar button (no browser lets an
 * extension pin itself), how to open the panel on a call and capture, and where notes live.
 */
import { t, type Locale } from '@coaching-notes/shared';
import { ext, resolveLocale } from '../../common';
import { applyDocumentLocale } from '../bootstrap';

const locale: Locale = resolveLocale('auto', navigator.language);
const firefox = location.protocol === 'moz-extension:';

function el(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

applyDocumentLocale(locale, t(locale, 'panel.welcome.title'));
const main = document.querySelector('main')!;
const dashboard = el('button', t(locale, 'panel.welcome.openDashboard'));
dashboard.className = 'open-dashboard';
dashboard.addEventListener('click', () => void ext.runtime.openOptionsPage());
main.append(
  el('h1', t(locale, 'panel.welcome.title')),
  el('p', t(locale, 'panel.welcome.intro')),
  el('h2', t(locale, 'panel.welcome.pinTitle')),
  el('p', t(locale, firefox ? 'panel.welcome.pinFirefox' : 'panel.welcome.pinChrome')),
  el('h2', t(locale, 'panel.welcome.startTitle')),
  el('p', t(locale, 'panel.welcome.start')),
  el('p', t(locale, 'panel.welcome.capture')),
  el('h2', t(locale, 'panel.welcome.privacyTitle')),
  el('p', t(locale, 'panel.welcome.privacy')),
  dashboard,
);
