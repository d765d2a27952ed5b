import { ext } from '../common';
import { PANEL_GRANT, type ClaimAnswer, type Message } from '../messages';
import type { PanelMode } from './extension-host';

/** How long a framed panel waits for its loader's grant before it says why it stays empty. */
const REFUSED_AFTER_MS = 3000;

function isGrant(data: unknown): data is { type: typeof PANEL_GRANT; grant: string } {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === PANEL_GRANT &&
    typeof (data as { grant?: unknown }).grant === 'string'
  );
}

/**
 * Resolves once this panel document is one the extension placed: a page of its own (side panel,
 * a tab), or the overlay frame whose loader vouched for it (see `background/panel-frames.ts`).
 * A panel framed by any other page never resolves, so nothing is mounted there; `onRefused`
 * runs when no grant came in time, to say why the frame stays empty.
 */
export function placedByExtension(mode: PanelMode, onRefused: () => void): Promise<void> {
  if (window.top === window) return Promise.resolve();
  return new Promise((resolve) => {
    const refused = setTimeout(onRefused, REFUSED_AFTER_MS);
    // Only the overlay is ever framed by the extension; a framed side-panel copy is never served.
    if (mode !== 'overlay') return;
    const onGrant = (event: MessageEvent): void => {
      if (event.source !== window.parent || !isGrant(event.data)) return;
      const claim: Message = { type: 'panel:claim', grant: event.data.grant };
      void (ext.runtime.sendMessage(claim) as Promise<ClaimAnswer | undefined>).then(
        (answer) => {
          if (answer?.ok !== true) return;
          clearTimeout(refused);
          window.removeEventListener('message', onGrant);
          resolve();
        },
        () => undefined,
      );
    };
    window.addEventListener('message', onGrant);
  });
}
