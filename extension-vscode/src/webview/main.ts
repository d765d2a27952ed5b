/// <reference lib="dom" />
// Only the elements this webview mounts: the whole UI barrel would ship every panel view.
import '@coaching-notes/shared/ui/debrief';
import '@coaching-notes/shared/ui/feedback-composer';
import '@coaching-notes/shared/ui/action-list';
import type { HostMessage, WebviewMessage } from './protocol';
import { RpcStore } from './rpc-store';

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
const store = new RpcStore((message) => api.postMessage(message));
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
  else store.receive(message);
});

api.postMessage({ type: 'ready' });
