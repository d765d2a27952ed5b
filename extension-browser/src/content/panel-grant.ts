import { ext } from '../common/api';
import { PANEL_GRANT, type PanelGrantMessage } from '../loader-messages';
import type { Message } from '../messages';

/**
 * Vouches for the overlay's panel frame, on each load of it: a fresh single-use grant is
 * registered with the background and handed to that frame alone (`postMessage` to the extension's
 * origin, from this isolated world). The panel is served only after claiming it, so a copy of
 * the panel that the page frames itself stays dead. See `background/panel-frames.ts`.
 */
export function vouchForPanel(frame: HTMLIFrameElement): void {
  const origin = new URL(ext.runtime.getURL('')).origin;
  frame.addEventListener('load', () => {
    const grant = crypto.randomUUID();
    void ext.runtime
      .sendMessage({ type: 'panel:grant', grant } satisfies Message)
      .then(() =>
        frame.contentWindow?.postMessage(
          { type: PANEL_GRANT, grant } satisfies PanelGrantMessage,
          origin,
        ),
      )
      .catch(() => undefined);
  });
}
