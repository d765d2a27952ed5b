import * as vscode from 'vscode';
import { t } from '../l10n';
import { completeSession, type StoredRecord } from '@coaching-notes/shared';
import type { Services } from '../services';
import { focusOf } from '../session/focus';
import { debriefHtml } from './html';
import { SessionPanels } from './session-panels';
import {
  parseRpcCall,
  parseWebviewMessage,
  writeAllowed,
  type HostMessage,
  type RpcCall,
} from './protocol';

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
    const subscriptions: vscode.Disposable[] = [];
    const unsubscribe = this.services.store.subscribe((change) =>
      post({ type: 'store-change', change }),
    );
    subscriptions.push(
      { dispose: unsubscribe },
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw, sessionId, post)),
      panel.onDidDispose(() => {
        for (const s of subscriptions) s.dispose();
      }),
    );
  }

  private async receive(
    raw: unknown,
    sessionId: string,
    post: (m: HostMessage) => void,
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
    const call = parseRpcCall(message.method, message.args);
    if (!call.ok) {
      post({ type: 'rpc-result', id: message.id, ok: false, error: call.error });
      return;
    }
    try {
      post({
        type: 'rpc-result',
        id: message.id,
        ok: true,
        value: await this.run(call.value, sessionId),
      });
    } catch (error) {
      post({
        type: 'rpc-result',
        id: message.id,
        ok: false,
        error: String((error as Error).message ?? error),
      });
    }
  }

  private async run(call: RpcCall, sessionId: string): Promise<unknown> {
    const { store } = this.services;
    switch (call.method) {
      case 'get':
        return store.get(call.recordType, call.id);
      case 'getStored':
        return store.getStored(call.recordType, call.id);
      case 'list':
        return store.list(call.query);
      default: {
        for (const record of call.records) await this.assertWritable(record, sessionId);
        if (call.method === 'putMany') return store.putMany(call.records, 'put');
        if (call.method === 'delete') return store.delete(call.records[0] as never);
        return store.put(call.records[0]);
      }
    }
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
