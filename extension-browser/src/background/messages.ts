import { ext } from '../common/api';
import { isMessage, type Message, type TabIdentity } from '../messages';
import { openDashboard, overlayCommand } from './tabs';

/**
 * Messages the background answers. It holds no note state: it only knows tabs and forwards.
 * Returns true for answers sent later, as `runtime.onMessage` requires.
 */
export function onMessage(
  message: unknown,
  sender: chrome.runtime.MessageSender,
  respond: (answer: unknown) => void,
): boolean {
  if (sender.id !== ext.runtime.id || !isMessage(message)) return false;
  switch (message.type) {
    case 'tab:whoami': {
      const identity: TabIdentity = {};
      if (sender.tab?.id !== undefined) identity.tabId = sender.tab.id;
      if (sender.frameId !== undefined) identity.frameId = sender.frameId;
      respond(identity);
      return false;
    }
    case 'context:fetch':
      ext.tabs
        .sendMessage(message.tabId, { type: 'context:get' } satisfies Message, { frameId: 0 })
        .then(
          (context) => respond(context ?? null),
          () => respond(null),
        );
      return true;
    case 'overlay:open':
      void overlayCommand(message.tabId, 'overlay:show').then((ok) => respond({ ok }));
      return true;
    case 'dashboard:open':
      void openDashboard(message.view);
      return false;
    default:
      return false;
  }
}
