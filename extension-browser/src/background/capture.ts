import type { ObservationKind } from '@coaching-notes/shared';
import { ext } from '../common/api';
import type { CaptureAck, Message } from '../messages';
import { overlayCommand } from './tabs';

const RETRY_MS = 250;
const RETRIES = 24;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(message: Message): Promise<boolean> {
  try {
    const answer = (await ext.runtime.sendMessage(message)) as CaptureAck | undefined;
    return answer?.ok === true;
  } catch {
    return false;
  }
}

/**
 * Hands a capture command to the panel showing `tabId` (overlay or side panel). When no panel
 * answers, the overlay opens in that tab and the capture is retried until the panel has loaded,
 * so the shortcut works from a page where the panel was closed.
 */
export async function deliverCapture(tabId: number, kind: ObservationKind): Promise<boolean> {
  const message: Message = { type: 'capture', tabId, kind };
  if (await send(message)) return true;
  if (!(await overlayCommand(tabId, 'overlay:show'))) return false;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    await sleep(RETRY_MS);
    if (await send(message)) return true;
  }
  return false;
}
