import { ext } from '../common/api';

/**
 * Which tabs had the overlay open, so it comes back after the tab reloads (the coach reloads a
 * stuck call page mid-call). Kept in `storage.session`: per browser session, gone with the tab,
 * and out of reach of the page and of content scripts.
 */
const KEY = 'overlayOpenTabs';

async function openTabs(): Promise<number[]> {
  const stored = (await ext.storage.session.get(KEY).catch((): Record<string, unknown> => ({})))[
    KEY
  ];
  return Array.isArray(stored) ? stored.filter((id): id is number => typeof id === 'number') : [];
}

async function setOpen(tabId: number, open: boolean): Promise<void> {
  const tabs = (await openTabs()).filter((id) => id !== tabId);
  if (open) tabs.push(tabId);
  await ext.storage.session.set({ [KEY]: tabs }).catch(() => undefined);
}

/** The loader in a tab's top frame reports the overlay shown or hidden. */
export async function rememberOverlay(
  sender: chrome.runtime.MessageSender,
  visible: boolean,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return;
  await setOpen(tabId, visible);
}

/** Whether the overlay was open in the sender's tab before this page loaded. */
export async function overlayWasOpen(sender: chrome.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return false;
  return (await openTabs()).includes(tabId);
}

export function registerOverlayState(): void {
  ext.tabs.onRemoved.addListener((tabId) => void setOpen(tabId, false));
}
