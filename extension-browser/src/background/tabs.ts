import { ext } from '../common/api';
import { dashboardUrl } from '../common/dashboard-url';
import { LOADER_PATH, SUPPORTED_MATCHES } from '../manifest';
import type { Message } from '../messages';

/** The dashboard in a new tab, at `view` when given. */
export async function openDashboard(view?: string): Promise<void> {
  await ext.tabs.create({ url: dashboardUrl(view) });
}

function toLoader(tabId: number, message: Message): Promise<unknown> {
  return ext.tabs.sendMessage(tabId, message, { frameId: 0 });
}

async function pingLoader(tabId: number): Promise<boolean> {
  try {
    const answer = (await toLoader(tabId, { type: 'loader:ping' })) as { ok?: boolean } | undefined;
    return answer?.ok === true;
  } catch {
    return false;
  }
}

/**
 * A live loader in the tab's top frame: declared on supported sites, injected elsewhere. Injection
 * works only while the user has just invoked the extension on that tab (`activeTab`: toolbar
 * button, popup or shortcut); pages the browser protects (settings, stores) refuse it.
 */
export async function ensureLoader(tabId: number): Promise<boolean> {
  if (await pingLoader(tabId)) return true;
  return (await injectLoader(tabId)) && pingLoader(tabId);
}

/** Runs the loader in the tab's top frame; false where the browser refuses it. */
async function injectLoader(tabId: number): Promise<boolean> {
  try {
    await ext.scripting.executeScript({ target: { tabId }, files: [LOADER_PATH] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the loader into the supported call and CRM tabs that were open before this install or
 * update (or, given `matches`, on hosts the user just allowed). Chrome injects declared content scripts only into pages loaded afterwards (Firefox
 * also into open ones), so after an update a coach in a call would otherwise lose the launcher
 * until reloading the call page. A tab that already has a live loader keeps it (the loader's
 * own guard); an orphaned one from the old version yields. Resolves to the number of tabs.
 */
export async function injectIntoOpenTabs(
  matches: readonly string[] = SUPPORTED_MATCHES,
): Promise<number> {
  if (matches.length === 0) return 0;
  const tabs = await ext.tabs.query({ url: [...matches] });
  // A discarded or still-loading tab refuses; it gets the declared script when it loads.
  const results = await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? false : injectLoader(tab.id))),
  );
  return results.filter(Boolean).length;
}

/** Sends an overlay message to the loader of `tabId`, injecting it first when needed. */
export async function overlayCommand(
  tabId: number,
  type: 'overlay:show' | 'overlay:toggle' | 'overlay:hide',
): Promise<boolean> {
  if (!(await ensureLoader(tabId))) return false;
  try {
    await toLoader(tabId, { type });
    return true;
  } catch {
    return false;
  }
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
