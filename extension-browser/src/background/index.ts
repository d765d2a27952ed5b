/**
 * The service worker (Chrome) / background script (Firefox). Holds no note state: it turns
 * shortcuts into messages for the loader and the panel, puts the loader into call and CRM tabs
 * that were open before an install or update, answers `tab:whoami`, tells the loader's own overlay
 * frames from panel frames a page made itself, serves the overlay panel's store calls on the
 * extension's IndexedDB, and lets the dashboard's follow-ups register
 * their alarms.
 *
 * The IIFE build exposes the exports as `coachingNotesBackground` on the worker's global, so
 * tests can call `handleCommand` directly (headless Chromium does not fire shortcuts).
 */
import { ext } from '../common/api';
import { handleCommand } from './commands';
import { registerFollowUps } from './followups';
import { onMessage } from './messages';
import { registerOptionalSites } from './optional-sites';
import { registerOverlayState } from './overlay-state';
import { registerPanelFrames } from './panel-frames';
import { registerStoreHost } from './store-host';
import { injectIntoOpenTabs } from './tabs';

export const WELCOME_PATH = 'pages/welcome/index.html';

ext.commands.onCommand.addListener((command, tab) => {
  void handleCommand(command, tab);
});
ext.runtime.onMessage.addListener(onMessage);
ext.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install' || details.reason === 'update') void injectIntoOpenTabs();
  // First-run help: no browser lets an extension pin its own toolbar button, so say how.
  if (details.reason === 'install') void ext.tabs.create({ url: ext.runtime.getURL(WELCOME_PATH) });
});
registerPanelFrames();
registerOverlayState();
registerStoreHost();
registerFollowUps();
registerOptionalSites();

export { handleCommand };
export { ensureLoader, injectIntoOpenTabs } from './tabs';
export { checkFollowUps } from './followups';
export { syncOptionalSites } from './optional-sites';
