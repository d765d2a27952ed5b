import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  completeSession,
  serveStore,
  writtenRecords,
  type StoredRecord,
} from '@coaching-notes/shared';
import type { Services } from '../services';
import { focusOf } from '../session/focus';
import { debriefHtml } from './html';
import { SessionPanels } from './session-panels';
import { DEBRIEF_RULES, parseWebviewMessage, writeAllowed, type HostMessage } from './protocol';

export const DEBRIEF_VIEW_TYPE = 'coachingNotes.debrief';

/**
 * The debrief webview: mounts the shared Lit debrief, feedback composer and action list, and
 * serves their Store calls from the extension host's store, checking every message.
 */
export class DebriefPanels extends SessionPanels {
  constructor(
    extensionUri: vscode.Uri,
    services: Services,
    private readonly actor: string,
  ) {
    super(extensionUri, services, DEBRIEF_VIEW_TYPE, vscode.ViewColumn.Beside);
  }

  protected initialTitle(): string {
    return t('Debrief');
  }

  protected async attach(panel: vscode.WebviewPanel, sessionId: string): Promise<void> {
    const session = await this.services.store.get('session', sessionId);
    panel.title = t('Debrief: {0}', session?.title ?? '');
    const locale = this.services.locale;
    panel.webview.html = debriefHtml(panel.webview, this.extensionUri, {
      locale,
      title: panel.title,
      completeLabel: t('Finish debrief'),
      // The debrief looks back at what the session set out to do.
      focus: session ? await focusOf(this.services.store, session, locale) : undefined,
      goalsTitle: t('Focus goals'),
      prepTitle: t('Preparation answers'),
    });
    const post = (message: HostMessage) => void panel.webview.postMessage(message);
    const server = serveStore(this.services.store, {
      ...DEBRIEF_RULES,
      check: async (call) => {
        for (const record of writtenRecords(call)) await this.assertWritable(record, sessionId);
      },
    });
    let deliver: (request: unknown) => void = () => undefined;
    // One link per panel; it ends with the panel, when `server.close()` drops it.
    server.accept({
      send: (reply) => post({ type: 'store', reply }),
      onMessage: (listener) => (deliver = listener),
      onClose: () => undefined,
      close: () => undefined,
    });
    const subscriptions: vscode.Disposable[] = [];
    subscriptions.push(
      { dispose: () => server.close() },
      panel.webview.onDidReceiveMessage(
        (raw: unknown) => void this.receive(raw, sessionId, post, deliver),
      ),
      panel.onDidDispose(() => {
        for (const s of subscriptions) s.dispose();
      }),
    );
  }

  private async receive(
    raw: unknown,
    sessionId: string,
    post: (m: HostMessage) => void,
    deliver: (request: unknown) => void,
  ): Promise<void> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      console.warn(`coaching-notes: ignored a webview message (${parsed.error})`);
      return;
    }
    const message = parsed.value;
    if (message.type === 'ready') {
      post({ type: 'init', sessionId, locale: this.services.locale, actor: this.actor });
      return;
    }
    if (message.type === 'complete') {
      await this.complete(sessionId);
      return;
    }
    deliver(message.request);
  }

  private async assertWritable(record: StoredRecord, sessionId: string): Promise<void> {
    const stored = await this.services.store.get(record.type, record.id);
    const storedSession =
      stored && 'sessionId' in stored
        ? stored.sessionId
        : stored?.type === 'session'
          ? stored.id
          : undefined;
    if (!writeAllowed(record, sessionId, storedSession)) {
      throw new Error('the debrief may only change its own session');
    }
  }

  private async complete(sessionId: string): Promise<void> {
    const session = await this.services.store.get('session', sessionId);
    if (session?.status !== 'debrief') return;
    await this.services.store.put(completeSession(session, this.services.changeContext()));
    vscode.window.showInformationMessage(t('Debrief finished. Well done, both of you.'));
    this.panels.get(sessionId)?.dispose();
  }
}
