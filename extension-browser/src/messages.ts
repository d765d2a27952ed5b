/**
 * Every message that crosses an extension boundary, defined once with its payload.
 *
 * Routes (no `window.postMessage` but the panel grant below: the host page could forge or read it):
 * - panel → content script: `chrome.tabs.sendMessage(tabId, msg, { frameId: 0 })`
 * - content script → panel / dashboard, background → panel: `chrome.runtime.sendMessage(msg)`;
 *   receivers filter on `tabId` so only the panel of that tab reacts. The loader does not know its
 *   tab id: for `context:changed` panels compare `sender.tab.id` with their own tab (`tab:whoami`).
 * Receivers check `sender.id === chrome.runtime.id` and validate name and payload with `parseMessage`
 * (the loader with its own small check, `loader-messages.ts`).
 */
import * as v from 'valibot';
import {
  LOCALES,
  OBSERVATION_KINDS,
  pageContextSchema,
  type CoacheeDebrief,
  type PageContext,
  type SelfAssessmentRequest,
} from '@coaching-notes/shared';

export type { PageContext };
export { PANEL_GRANT, type PanelGrantMessage } from './loader-messages';

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

/** Answer to `panel:claim`: whether this frame is the extension's own overlay panel. */
export interface ClaimAnswer {
  ok: boolean;
}

/** Answer to `debrief:selfAssess`: the debrief now holding it, or why it was not saved. */
export type SelfAssessAnswer = { ok: true; debrief: CoacheeDebrief } | { ok: false; error: string };

const tabId = v.pipe(v.number(), v.integer());
const grant = v.pipe(v.string(), v.maxLength(200));
const key = v.pipe(v.string(), v.maxLength(100));
/** Its shape only: the record it becomes is checked by the schema and the core before it is written. */
const selfAssessmentRequest: v.GenericSchema<unknown, SelfAssessmentRequest> = v.object({
  sessionId: key,
  coacheeId: key,
  ratings: v.record(key, v.number()),
  experience: v.exactOptional(v.string()),
});
const message = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

/** Every message by name, with the schema of its payload. */
export const MESSAGE_SCHEMA = v.variant('type', [
  /** Panel asks the loader in its tab for the current page context. Answer: PageContext. */
  message('context:get', {}),
  /** Loader tells panels the context changed (SPA navigation). */
  message('context:changed', { tabId: v.exactOptional(tabId), context: pageContextSchema }),
  /**
   * Background → panel of `tabId`: capture an observation of this kind (browser command).
   * The panel showing tab `tabId` (overlay in that tab, or the side panel while that tab is
   * active) answers `CaptureAck`; without an answer the background opens the overlay and retries.
   */
  message('capture', { tabId, kind: v.picklist(OBSERVATION_KINDS) }),
  /**
   * Panel → background: the page context of `tabId`, fetched from its loader. Answer: `PageContext`,
   * or `null` when no loader answers. Use this in the overlay: Firefox gives an extension frame
   * inside a web page only content-script APIs (`runtime`, `storage`, no `tabs`), so the panel there
   * cannot call `tabs.sendMessage` itself.
   */
  message('context:fetch', { tabId }),
  /**
   * Loader → background: the overlay frame it is loading will present `grant`. Only a loader in
   * a tab's top frame may register one; each grant is good for one claim in that tab.
   */
  message('panel:grant', { grant }),
  /**
   * Panel frame inside a tab → background: this frame got `grant` from the loader. Answer:
   * `ClaimAnswer`. Until a claim succeeds the background serves that frame nothing (no store, no
   * page context, no dashboard), so a page that frames the panel itself gets a dead panel.
   */
  message('panel:claim', { grant }),
  /** Loader → background: the overlay in this tab was shown or hidden (remembered per tab). */
  message('overlay:state', { visible: v.boolean() }),
  /** Loader → background at start: was the overlay open in this tab before it reloaded? Answer: `{ open: boolean }`. */
  message('overlay:restore', {}),
  /** Panel frame → background: which tab am I in? Answer: `TabIdentity` (from `sender.tab`). */
  message('tab:whoami', {}),
  /** Background → loader: is a (live) loader in this tab? Answer: `{ ok: true, site: string }`. */
  message('loader:ping', {}),
  /** Popup → background: show the overlay in `tabId`, injecting the loader via `activeTab` if needed. Answer: `{ ok: boolean }`. */
  message('overlay:open', { tabId }),
  /**
   * Panel → background: open the dashboard in a new tab, at `view` (a dashboard view name, put in
   * the URL hash). Through the background because the overlay frame has no `tabs` API in Firefox.
   */
  message('dashboard:open', { view: v.exactOptional(v.pipe(v.string(), v.maxLength(40))) }),
  /**
   * Debrief page → background: the session's debrief with the coachee. Answer: `CoacheeDebrief`
   * (the privacy filter's output only), or `null`. Served only to the debrief page in its own tab.
   */
  message('debrief:get', { sessionId: key }),
  /**
   * Debrief page → background: store the coachee's self-assessment (the only write that page
   * makes; checked like any input). Answer: `SelfAssessAnswer`, its error in `locale`.
   */
  message('debrief:selfAssess', { request: selfAssessmentRequest, locale: v.picklist(LOCALES) }),
  /** Panel → background: open the debrief with the coachee of `sessionId` in a new tab. */
  message('debrief:open', { sessionId: key }),
  /** Background → loader: toggle or show the overlay. */
  message('overlay:toggle', {}),
  message('overlay:show', {}),
  /** Panel → loader: collapse or hide the overlay. */
  message('overlay:hide', {}),
  message('overlay:collapse', { collapsed: v.boolean() }),
]);

export type Message = v.InferOutput<typeof MESSAGE_SCHEMA>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The answer each message gets, where it gets one. */
export interface MessageAnswers {
  'context:get': PageContext;
  capture: CaptureAck;
  'context:fetch': PageContext | null;
  'panel:grant': { ok: boolean };
  'panel:claim': ClaimAnswer;
  'overlay:state': { ok: true };
  'overlay:restore': { open: boolean };
  'tab:whoami': TabIdentity;
  'loader:ping': { ok: true; site: string };
  'overlay:open': { ok: boolean };
  'debrief:get': CoacheeDebrief | null;
  'debrief:selfAssess': SelfAssessAnswer;
}

/** The message, checked against its payload schema (unknown fields dropped), or undefined. */
export function parseMessage(value: unknown): Message | undefined {
  const parsed = v.safeParse(MESSAGE_SCHEMA, value);
  return parsed.success ? parsed.output : undefined;
}
