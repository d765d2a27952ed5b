import type { ObservationKind } from '@coaching-notes/shared';
import type { PanelHost } from '@coaching-notes/shared/ui';
import type { DashboardView } from '../dashboard/views';
import { ext } from '../common';
import {
  isMessage,
  type CaptureAck,
  type Message,
  type PageContext,
  type TabIdentity,
} from '../messages';

export type PanelMode = 'overlay' | 'sidepanel';

type Listener = (
  message: unknown,
  sender: chrome.runtime.MessageSender,
  respond: (answer: unknown) => void,
) => boolean;

/**
 * The panel's link to the browser: which tab it observes, that tab's page context, and the
 * capture commands meant for it. In the overlay the tab is the one the iframe lives in; in the
 * side panel it is the active tab of the window, followed as the user switches tabs.
 */
export class ExtensionPanelHost implements PanelHost {
  private tabId: number | undefined;
  private readonly ready: Promise<void>;
  private readonly contextListeners = new Set<(context: PageContext) => void>();

  constructor(readonly mode: PanelMode) {
    this.ready = this.findTab();
    ext.runtime.onMessage.addListener(this.onMessage);
  }

  async pageContext(): Promise<PageContext | undefined> {
    await this.ready;
    if (this.tabId === undefined) return undefined;
    try {
      // Through the background: Firefox gives a frame inside a web page no `tabs` API.
      const answer = (await ext.runtime.sendMessage({
        type: 'context:fetch',
        tabId: this.tabId,
      } satisfies Message)) as PageContext | null | undefined;
      return answer && typeof answer.site === 'string' ? toInfo(answer) : undefined;
    } catch {
      // No loader in that tab (a page the extension may not read): the panel works without context.
      return undefined;
    }
  }

  onPageContext(listener: (context: PageContext) => void): () => void {
    this.contextListeners.add(listener);
    return () => this.contextListeners.delete(listener);
  }

  private readonly captureListeners = new Set<(kind: ObservationKind) => void>();

  onCapture(listener: (kind: ObservationKind) => void): () => void {
    this.captureListeners.add(listener);
    return () => this.captureListeners.delete(listener);
  }

  /** Through the background: the overlay frame has no `tabs` API in Firefox. */
  openDashboard(view?: DashboardView): void {
    const message: Message = view ? { type: 'dashboard:open', view } : { type: 'dashboard:open' };
    void ext.runtime.sendMessage(message).catch(() => undefined);
  }

  /** Through the background, like the dashboard: a new tab that reads no store itself. */
  openCoacheeDebrief(sessionId: string): void {
    const message: Message = { type: 'debrief:open', sessionId };
    void ext.runtime.sendMessage(message).catch(() => undefined);
  }

  private readonly onMessage: Listener = (message, sender, respond) => {
    if (sender.id !== ext.runtime.id || !isMessage(message)) return false;
    if (
      message.type === 'capture' &&
      message.tabId === this.tabId &&
      this.captureListeners.size > 0
    ) {
      this.captureListeners.forEach((listener) => listener(message.kind));
      respond({ ok: true } satisfies CaptureAck);
      return false;
    }
    if (message.type === 'context:changed') {
      const from = message.tabId ?? sender.tab?.id;
      if (from !== undefined && from === this.tabId) {
        const info = toInfo(message.context);
        this.contextListeners.forEach((listener) => listener(info));
      }
    }
    return false;
  };

  private async findTab(): Promise<void> {
    if (this.mode === 'overlay') {
      const identity = (await ext.runtime.sendMessage({ type: 'tab:whoami' } satisfies Message)) as
        TabIdentity | undefined;
      this.tabId = identity?.tabId;
      return;
    }
    const [active] = await ext.tabs.query({ active: true, currentWindow: true });
    this.tabId = active?.id;
    const windowId = active?.windowId;
    ext.tabs.onActivated.addListener((info) => {
      if (windowId !== undefined && info.windowId !== windowId) return;
      this.tabId = info.tabId;
      void this.pageContext().then((context) => {
        if (context) this.contextListeners.forEach((listener) => listener(context));
      });
    });
  }
}

function toInfo(context: PageContext): PageContext {
  const info: PageContext = {
    site: context.site,
    kind: context.kind,
    label: context.label,
    url: context.url,
    title: context.title,
  };
  if (context.recordType) info.recordType = context.recordType;
  return info;
}
