import { OBSERVATION_KINDS, type ObservationKind } from '@coaching-notes/shared';
import { deliverCapture } from './capture';
import { activeTabId, overlayCommand } from './tabs';

const CAPTURE_PREFIX = 'capture-';

function captureKind(command: string): ObservationKind | undefined {
  if (!command.startsWith(CAPTURE_PREFIX)) return undefined;
  const kind = command.slice(CAPTURE_PREFIX.length);
  return (OBSERVATION_KINDS as readonly string[]).includes(kind)
    ? (kind as ObservationKind)
    : undefined;
}

/**
 * A browser command (keyboard shortcut). `toggle-overlay` shows or hides the overlay in the
 * active tab; `capture-<kind>` goes to that tab's panel. Resolves to whether it was carried out.
 */
export async function handleCommand(command: string, tab?: chrome.tabs.Tab): Promise<boolean> {
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return false;
  if (command === 'toggle-overlay') return overlayCommand(tabId, 'overlay:toggle');
  const kind = captureKind(command);
  return kind ? deliverCapture(tabId, kind) : false;
}
