/**
 * Every message that crosses an extension boundary, defined once with its payload.
 *
 * Routes (no `window.postMessage` anywhere: the host page could forge or read it):
 * - panel → content script: `chrome.tabs.sendMessage(tabId, msg, { frameId: 0 })`
 * - content script → panel / dashboard, background → panel: `chrome.runtime.sendMessage(msg)`;
 *   receivers filter on `tabId` so only the panel of that tab reacts.
 * Receivers check `sender.id === chrome.runtime.id` and validate the shape with `isMessage`.
 */
import type { ObservationKind } from '@coaching-notes/shared';

/** What a site adapter reads from the page. Plain data: it crosses into the panel. */
export interface PageContext {
  /** Adapter id: `google-meet`, `teams`, `zoom`, `jitsi`, `salesforce`, `hubspot`, `dynamics`, `pipedrive`, `generic`. */
  site: string;
  kind: 'call' | 'meeting' | 'crm' | 'other';
  /** Meeting code or title; CRM record label such as "Opportunity: Acme renewal". */
  label: string;
  /** CRM record type (account, contact, deal, opportunity, lead, …) when the page shows one. */
  recordType?: string;
  url: string;
  title: string;
}

export type Message =
  /** Panel asks the loader in its tab for the current page context. Answer: PageContext. */
  | { type: 'context:get' }
  /** Loader tells panels the context changed (SPA navigation). */
  | { type: 'context:changed'; tabId?: number; context: PageContext }
  /** Background → panel of `tabId`: capture an observation of this kind (browser command). */
  | { type: 'capture'; tabId: number; kind: ObservationKind }
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
]);

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type)
  );
}
