/// <reference lib="dom" />
import '@coaching-notes/shared/ui/coachee-debrief';
import type { CoacheeSelfAssessment } from '@coaching-notes/shared/ui/coachee-debrief';
import type { CoacheeHostMessage, CoacheeWebviewMessage } from './coachee-protocol';

interface VsCodeApi {
  postMessage(message: CoacheeWebviewMessage): void;
  setState(state: { sessionId: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/**
 * Runs inside the "Debrief with Coachee" webview: shows what the host posts (the debrief with
 * the coachee, shared material only) and sends back the self-assessment and the summary to save.
 */
const api = acquireVsCodeApi();
const root = document.getElementById('coachee-debrief')!;
api.setState({ sessionId: decodeURIComponent(root.dataset['session'] ?? '') });
const view = document.createElement('cn-coachee-debrief');
root.append(view);

view.addEventListener('cn-coachee-self-assessment', (event) => {
  const { coacheeId, ratings, experience } = (event as CustomEvent<CoacheeSelfAssessment>).detail;
  view.saving = true;
  view.error = '';
  api.postMessage({
    type: 'self-assessment',
    coacheeId,
    ratings,
    ...(experience ? { experience } : {}),
  });
});
view.addEventListener('cn-summary-download', (event) => {
  event.preventDefault();
  const { fileName, markdown } = (event as CustomEvent<{ fileName: string; markdown: string }>)
    .detail;
  api.postMessage({ type: 'save-summary', fileName, markdown });
});

window.addEventListener('message', (event: MessageEvent<CoacheeHostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'debrief') {
    view.locale = message.locale;
    document.documentElement.lang = message.locale;
    view.debrief = message.debrief;
    view.saving = false;
  } else if (message.type === 'self-assessment-error') {
    view.saving = false;
    view.error = message.error;
  }
});

api.postMessage({ type: 'ready' });
