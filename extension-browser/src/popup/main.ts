/**
 * The toolbar popup: open the panel on this page (overlay), in the side panel, or the dashboard.
 * The preferred surface (setting `surface`) comes first. Opening the popup grants `activeTab`, so
 * the background can inject the loader into pages outside the supported sites.
 */
import { t } from '../i18n';
import {
  commandBindings,
  dashboardUrl,
  ext,
  loadSettings,
  openShortcutSettings,
  resolveLocale,
} from '../common';
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

/**
 * Commands the browser left without a key (it refuses its own keys and binds at most four), so
 * the coach learns here, not in a call, that a shortcut does nothing.
 */
async function showUnboundCommands(): Promise<void> {
  const unbound = (await commandBindings()).filter((c) => !c.shortcut);
  if (unbound.length === 0) return;
  document.getElementById('unbound-intro')!.textContent = text.unbound;
  document
    .getElementById('unbound')!
    .replaceChildren(
      ...unbound.map((c) =>
        Object.assign(document.createElement('li'), { textContent: c.description }),
      ),
    );
  const open = document.getElementById('open-shortcuts') as HTMLButtonElement;
  const manual = document.getElementById('shortcuts-manual')!;
  open.textContent = t(locale, 'dashboard.settings.openShortcuts');
  open.addEventListener('click', async () => {
    if ((await openShortcutSettings()) === 'opened') window.close();
    else {
      manual.textContent = t(locale, 'dashboard.settings.shortcutsFirefox');
      manual.hidden = false;
    }
  });
  document.getElementById('shortcuts')!.hidden = false;
}

void showUnboundCommands();
