/**
 * Every message that crosses an extension boundary, defined once with its payload.
 *
 * Routes (no `window.postMessage` anywhere: the host page could forge or read it):
 * - panel → content script: `chrome.tabs.sendMessage(tabId, msg, { frameId: 0 })`
 * - content script → panel / dashboard, background → panel: `chrome.runtime.sendMessage(msg)`;
 *   receivers filter on `tabId` so only the panel of that tab reacts. The loader does not know its
 *   tab id: for `context:changed` panels compare `sender.tab.id` with their own tab (`tab:whoami`).
 * Receivers check `sender.id === chrome.runtime.id` and validate the shape with `isMessage`.
 */
import type { ObservationKind, PageContext } from '@coaching-notes/shared';

export type { PageContext };

/** Answer to `tab:whoami`: the tab (and frame) the asking extension frame lives in. */
export interface TabIdentity {
  /** Undefined for a page that is not inside a tab (side panel, sidebar, popup). */
  tabId?: number;
  frameId?: number;
}

/** Answer to `capture` from the panel that handled it; the background retries until it gets one. */
export interface CaptureAck {
  ok: true;
}

export type Message =
  /** Panel asks the loader in its tab for the current page context. Answer: PageContext. */
  | { type: 'context:get' }
  /** Loader tells panels the context changed (SPA navigation). */
  | { type: 'context:changed'; tabId?: number; context: PageContext }
  /**
   * Background → panel of `tabId`: capture an observation of this kind (browser command).
   * The panel showing tab `tabId` (overlay in that tab, or the side panel while that tab is
   * active) answers `CaptureAck`; without an answer the background opens the overlay and retries.
   */
  | { type: 'capture'; tabId: number; kind: ObservationKind }
  /**
   * Panel → background: the page context of `tabId`, fetched from its loader. Answer: `PageContext`,
   * or `null` when no loader answers. Use this in the overlay: Firefox gives an extension frame
   * inside a web page only content-script APIs (`runtime`, `storage`, no `tabs`), so the panel there
   * cannot call `tabs.sendMessage` itself.
   */
  | { type: 'context:fetch'; tabId: number }
  /** Panel frame → background: which tab am I in? Answer: `TabIdentity` (from `sender.tab`). */
  | { type: 'tab:whoami' }
  /** Background → loader: is a (live) loader in this tab? Answer: `{ ok: true, site: string }`. */
  | { type: 'loader:ping' }
  /** Popup → background: show the overlay in `tabId`, injecting the loader via `activeTab` if needed. Answer: `{ ok: boolean }`. */
  | { type: 'overlay:open'; tabId: number }
  /**
   * Panel → background: open the dashboard in a new tab, at `view` (a dashboard view name, put in
   * the URL hash). Through the background because the overlay frame has no `tabs` API in Firefox.
   */
  | { type: 'dashboard:open'; view?: string }
  /** Background → loader: toggle or show the overlay. */
  | { type: 'overlay:toggle' }
  | { type: 'overlay:show' }
  /** Panel → loader: collapse or hide the overlay. */
  | { type: 'overlay:hide' }
  | { type: 'overlay:collapse'; collapsed: boolean };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'context:get',
  'context:changed',
  'capture',
  'overlay:toggle',
  'overlay:show',
  'overlay:hide',
  'overlay:collapse',
  'context:fetch',
  'tab:whoami',
  'loader:ping',
  'overlay:open',
  'dashboard:open',
]);

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type)
  );
}
