/**
 * The toolbar popup: open the panel on this page (overlay), in the side panel, or the dashboard.
 * The preferred surface (setting `surface`) comes first. Opening the popup grants `activeTab`, so
 * the background can inject the loader into pages outside the supported sites.
 */
import { dashboardUrl, ext, loadSettings, resolveLocale } from '../common';
import type { Message } from '../messages';
import { openSidePanel } from './side-panel';
import { popupMessages } from './strings';

const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
const settings = await loadSettings();
const locale = resolveLocale(settings.locale, navigator.language);
const text = popupMessages[locale];
document.documentElement.lang = locale;

const status = document.getElementById('status')!;
const here = document.getElementById('open-here') as HTMLButtonElement;
const side = document.getElementById('open-side') as HTMLButtonElement;
const dashboard = document.getElementById('open-dashboard') as HTMLButtonElement;
here.textContent = text.openHere;
side.textContent = text.openSide;
dashboard.textContent = text.openDashboard;
const [primary, secondary] = settings.surface === 'sidepanel' ? [side, here] : [here, side];
primary.classList.add('primary');
primary.after(secondary);
primary.focus();

here.addEventListener('click', async () => {
  if (tab?.id === undefined) return;
  const message: Message = { type: 'overlay:open', tabId: tab.id };
  const answer = (await ext.runtime.sendMessage(message).catch(() => undefined)) as
    { ok?: boolean } | undefined;
  if (answer?.ok) window.close();
  else status.textContent = text.cannotOpenHere;
});

side.addEventListener('click', () => {
  const opening = openSidePanel(tab?.id);
  if (!opening) {
    status.textContent = text.noSidePanel;
    return;
  }
  void opening.then(
    () => window.close(),
    () => (status.textContent = text.noSidePanel),
  );
});

dashboard.addEventListener('click', () => {
  void ext.tabs.create({ url: dashboardUrl() }).then(() => window.close());
});
