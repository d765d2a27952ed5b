import { ext } from '../common/api';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the panel in Chrome's side panel or Firefox's sidebar. Both need a user gesture, so this
 * must run straight from the click handler, before any `await`.
 */
export function openSidePanel(tabId: number | undefined): Promise<void> | undefined {
  const sidebar = (ext as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) return sidebar.open();
  if (ext.sidePanel && tabId !== undefined) return ext.sidePanel.open({ tabId });
  return undefined;
}
