/**
 * Every message that crosses an extension boundary, defined once with its payload.
 *
 * Routes (no `window.postMessage` but the panel grant below: the host page could forge or read it):
 * - panel → content script: `chrome.tabs.sendMessage(tabId, msg, { frameId: 0 })`
 * - content script → panel / dashboard, background → panel: `chrome.runtime.sendMessage(msg)`;
 *   receivers filter on `tabId` so only the panel of that tab reacts. The loader does not know its
 *   tab id: for `context:changed` panels compare `sender.tab.id` with their own tab (`tab:whoami`).
 * Receivers check `sender.id === chrome.runtime.id` and validate the shape with `isMessage`.
 */
import type {
  CoacheeDebrief,
  Locale,
  ObservationKind,
  PageContext,
  SelfAssessmentRequest,
} from '@coaching-notes/shared';

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

/**
 * The one `window.postMessage` the extension sends: the loader hands the panel frame it created
 * a single-use grant, addressed to the extension's origin only (the host page can neither read
 * it nor answer in its place: it does not know the grant the background holds).
 */
export const PANEL_GRANT = 'coaching-notes:panel-grant';
export interface PanelGrantMessage {
  type: typeof PANEL_GRANT;
  grant: string;
}

/** Answer to `panel:claim`: whether this frame is the extension's own overlay panel. */
export interface ClaimAnswer {
  ok: boolean;
}

/** Answer to `debrief:selfAssess`: the debrief now holding it, or why it was not saved. */
export type SelfAssessAnswer = { ok: true; debrief: CoacheeDebrief } | { ok: false; error: string };

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
  /**
   * Loader → background: the overlay frame it is loading will present `grant`. Only a loader in
   * a tab's top frame may register one; each grant is good for one claim in that tab.
   */
  | { type: 'panel:grant'; grant: string }
  /**
   * Panel frame inside a tab → background: this frame got `grant` from the loader. Answer:
   * `ClaimAnswer`. Until a claim succeeds the background serves that frame nothing (no store, no
   * page context, no dashboard), so a page that frames the panel itself gets a dead panel.
   */
  | { type: 'panel:claim'; grant: string }
  /** Loader → background: the overlay in this tab was shown or hidden (remembered per tab). */
  | { type: 'overlay:state'; visible: boolean }
  /** Loader → background at start: was the overlay open in this tab before it reloaded? Answer: `{ open: boolean }`. */
  | { type: 'overlay:restore' }
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
  /**
   * Debrief page → background: the session's debrief with the coachee. Answer: `CoacheeDebrief`
   * (the privacy filter's output only), or `null`. Served only to the debrief page in its own tab.
   */
  | { type: 'debrief:get'; sessionId: string }
  /**
   * Debrief page → background: store the coachee's self-assessment (the only write that page
   * makes; checked like any input). Answer: `SelfAssessAnswer`, its error in `locale`.
   */
  | { type: 'debrief:selfAssess'; request: SelfAssessmentRequest; locale: Locale }
  /** Panel → background: open the debrief with the coachee of `sessionId` in a new tab. */
  | { type: 'debrief:open'; sessionId: string }
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
  'panel:grant',
  'panel:claim',
  'overlay:state',
  'overlay:restore',
  'debrief:get',
  'debrief:selfAssess',
  'debrief:open',
]);

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type)
  );
}
