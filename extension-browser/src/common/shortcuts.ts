import { COMMAND_IDS } from '../manifest';
import { ext } from './api';

/** Chrome's page for extension shortcuts (extension pages may open it with `tabs.create`). */
export const SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** One of this extension's commands and the key the browser bound to it ('' when none). */
export interface CommandBinding {
  id: string;
  /** The manifest's description, in the browser's language. */
  description: string;
  shortcut: string;
}

/**
 * The extension's commands as the browser bound them. A suggested key is only a wish: Chrome
 * leaves a command unbound when the key is one of its own (Alt+Shift+T focuses the toolbar) and
 * binds at most four, so only `commands.getAll()` tells what the user can press.
 */
export async function commandBindings(): Promise<CommandBinding[]> {
  const all = await ext.commands.getAll();
  return COMMAND_IDS.map((id) => {
    const command = all.find((c) => c.name === id);
    return { id, description: command?.description ?? id, shortcut: command?.shortcut ?? '' };
  });
}

/** Firefox exposes `runtime.getBrowserInfo`; Chromium does not. */
export function isFirefox(): boolean {
  return typeof (ext.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/** Opens the browser's shortcut page; `manual` where no extension may open it (Firefox). */
export async function openShortcutSettings(): Promise<'opened' | 'manual'> {
  if (isFirefox()) return 'manual';
  try {
    await ext.tabs.create({ url: SHORTCUTS_URL });
    return 'opened';
  } catch {
    return 'manual';
  }
}
