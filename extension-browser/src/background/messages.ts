import { ext } from '../common/api';
import { isMessage, type ClaimAnswer, type Message, type TabIdentity } from '../messages';
import { coacheeDebrief, fromDebriefPage, openCoacheeDebrief, selfAssess } from './coachee-debrief';
import { overlayWasOpen, rememberOverlay } from './overlay-state';
import { claimGrant, placedByExtension, registerGrant } from './panel-frames';
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
    case 'panel:grant':
      void registerGrant(sender, message.grant).then((ok) => respond({ ok }));
      return true;
    case 'panel:claim':
      void claimGrant(sender, message.grant).then((ok) => respond({ ok } satisfies ClaimAnswer));
      return true;
    case 'overlay:state':
      void rememberOverlay(sender, message.visible).then(() => respond({ ok: true }));
      return true;
    case 'overlay:restore':
      void overlayWasOpen(sender).then((open) => respond({ open }));
      return true;
    case 'debrief:get':
    case 'debrief:selfAssess':
      if (!fromDebriefPage(sender)) return false;
      void (
        message.type === 'debrief:get'
          ? coacheeDebrief(message.sessionId)
          : selfAssess(message.request, message.locale)
      ).then(respond, () => respond(null));
      return true;
    case 'tab:whoami':
    case 'context:fetch':
    case 'debrief:open':
    case 'overlay:open':
    case 'dashboard:open':
      // A panel frame that a web page made itself (not the loader's overlay) is served nothing.
      void placedByExtension(sender).then((placed) => {
        if (placed) answer(message, sender, respond);
        else respond(undefined);
      });
      return true;
    default:
      return false;
  }
}

/** Answers one of the messages above for a sender the extension placed. */
function answer(
  message: Message,
  sender: chrome.runtime.MessageSender,
  respond: (answer: unknown) => void,
): void {
  switch (message.type) {
    case 'tab:whoami': {
      const identity: TabIdentity = {};
      if (sender.tab?.id !== undefined) identity.tabId = sender.tab.id;
      if (sender.frameId !== undefined) identity.frameId = sender.frameId;
      respond(identity);
      return;
    }
    case 'context:fetch':
      ext.tabs
        .sendMessage(message.tabId, { type: 'context:get' } satisfies Message, { frameId: 0 })
        .then(
          (context) => respond(context ?? null),
          () => respond(null),
        );
      return;
    case 'overlay:open':
      void overlayCommand(message.tabId, 'overlay:show').then((ok) => respond({ ok }));
      return;
    case 'dashboard:open':
      void openDashboard(message.view);
      respond(undefined);
      return;
    case 'debrief:open':
      void openCoacheeDebrief(message.sessionId);
      respond(undefined);
      return;
    default:
      respond(undefined);
  }
}
