/// <reference lib="dom" />
// Only the elements this webview mounts: the whole UI barrel would ship every panel view.
import '@coaching-notes/shared/ui/debrief';
import '@coaching-notes/shared/ui/feedback-composer';
import '@coaching-notes/shared/ui/action-list';
// The client alone: the package barrel would also ship the host's request checks.
import { RemoteStore } from '@coaching-notes/shared/remote-client';
import type { HostMessage, WebviewMessage } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  setState(state: { sessionId: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/**
 * Runs inside the debrief webview: builds the Store proxy and mounts the shared components
 * (debrief questions, feedback composer, agreed actions) on the session the host names.
 */
const api = acquireVsCodeApi();
let deliver: (reply: unknown) => void = () => undefined;
// The host serves only a debrief's calls (see `DEBRIEF_RULES`) and refuses the rest.
const store = new RemoteStore(() => ({
  send: (request) => api.postMessage({ type: 'store', request }),
  onMessage: (listener) => (deliver = listener),
  onClose: () => undefined,
  close: () => undefined,
}));
const root = document.getElementById('debrief')!;

function mount(sessionId: string, locale: 'nl' | 'en', actor: string): void {
  api.setState({ sessionId });
  const changeContext = () => ({ actor, now: new Date() });
  for (const tag of ['cn-debrief', 'cn-feedback-composer', 'cn-action-list']) {
    const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    Object.assign(element, { store, locale, changeContext, sessionId });
    root.append(element);
  }
  const finish = document.createElement('button');
  finish.type = 'button';
  finish.className = 'finish';
  finish.textContent = root.dataset['completeLabel'] ?? 'Finish';
  finish.addEventListener('click', () => api.postMessage({ type: 'complete' }));
  root.append(finish);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'init') mount(message.sessionId, message.locale, message.actor);
  else if (message.type === 'store') deliver(message.reply);
});

api.postMessage({ type: 'ready' });
