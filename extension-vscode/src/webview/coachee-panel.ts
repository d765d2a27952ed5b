import * as vscode from 'vscode';
import {
  coachingErrorText,
  isCoachingError,
  loadCoacheeDebrief,
  saveCoacheeSelfAssessment,
} from '@coaching-notes/shared';
import { t } from '../l10n';
import type { Services } from '../services';
import { parseCoacheeMessage, type CoacheeHostMessage } from './coachee-protocol';
import { webviewHtml } from './html';
import { SessionPanels } from './session-panels';

export const COACHEE_DEBRIEF_VIEW_TYPE = 'coachingNotes.coacheeDebrief';

/**
 * "Debrief with Coachee": the shared debrief-with-the-coachee view in a webview, to show on a
 * screen. The host computes `debriefForCoachee` (the privacy filter's output) and posts only that,
 * so no private note is ever in the webview; the webview sends back only the self-assessment.
 */
export class CoacheeDebriefPanels extends SessionPanels {
  constructor(extensionUri: vscode.Uri, services: Services) {
    super(extensionUri, services, COACHEE_DEBRIEF_VIEW_TYPE, vscode.ViewColumn.Active);
  }

  protected initialTitle(): string {
    return t('Debrief with Coachee');
  }

  protected attach(panel: vscode.WebviewPanel, sessionId: string): void {
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
      script: 'coachee-debrief.js',
      style: 'coachee-debrief.css',
      locale: this.services.locale,
      title: t('Debrief with Coachee'),
      body: `<div id="coachee-debrief" data-session="${encodeURIComponent(sessionId)}"></div>`,
    });
    const post = (message: CoacheeHostMessage) => void panel.webview.postMessage(message);
    const subscriptions: vscode.Disposable[] = [
      { dispose: this.services.store.subscribe(() => void this.send(sessionId, post)) },
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw, sessionId, post)),
      panel.onDidDispose(() => {
        for (const s of subscriptions) s.dispose();
      }),
    ];
  }

  private async send(sessionId: string, post: (m: CoacheeHostMessage) => void): Promise<void> {
    const debrief = await loadCoacheeDebrief(this.services.store, sessionId);
    if (debrief) post({ type: 'debrief', locale: this.services.locale, debrief });
  }

  private async receive(
    raw: unknown,
    sessionId: string,
    post: (m: CoacheeHostMessage) => void,
  ): Promise<void> {
    const parsed = parseCoacheeMessage(raw);
    if (!parsed.ok) {
      console.warn(`coaching-notes: ignored a webview message (${parsed.error})`);
      return;
    }
    const message = parsed.value;
    switch (message.type) {
      case 'ready':
        return this.send(sessionId, post);
      case 'self-assessment': {
        const { coacheeId, ratings, experience } = message;
        const request = { sessionId, coacheeId, ratings, ...(experience ? { experience } : {}) };
        try {
          // The store's change event posts the new debrief to every open view.
          await saveCoacheeSelfAssessment(
            this.services.store,
            request,
            this.services.changeContext(),
          );
        } catch (error) {
          if (!isCoachingError(error)) throw error;
          post({
            type: 'self-assessment-error',
            error: coachingErrorText(error, this.services.locale),
          });
        }
        return;
      }
      case 'save-summary':
        return this.saveSummary(message.fileName, message.markdown);
    }
  }

  /** A webview cannot download: the host asks where to save the summary and writes it. */
  private async saveSummary(fileName: string, markdown: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
      filters: { Markdown: ['md'] },
      title: t('Save the debrief summary'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
    vscode.window.showInformationMessage(t('Saved the summary to {0}.', target.fsPath));
  }
}
