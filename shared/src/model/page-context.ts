import * as v from 'valibot';

/**
 * What a shell read about the page or workspace being observed: the browser's site adapters
 * fill it in; the panel turns it into a session context and page anchors. One type for the
 * loader, the messages between extension parts and the shared panel. Plain data: it crosses
 * from the page's loader into the panel.
 */
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
  /** Record name alone (`Acme renewal`), when `label` combines type and name. */
  recordName?: string;
  /** Meeting code or id from the URL (`abc-defg-hij`), when the call page has one. */
  meetingCode?: string;
}

/**
 * Page text as read (a page title can be long; the panel shortens it where it stores it), only
 * bounded so that a hostile page cannot push megabytes through the extension's messages.
 */
const MAX_PAGE_TEXT = 10_000;
const pageText = v.pipe(v.string(), v.maxLength(MAX_PAGE_TEXT));

/** A `PageContext` arriving in a message: checked, unknown fields dropped. */
export const pageContextSchema: v.GenericSchema<unknown, PageContext> = v.object({
  site: v.pipe(v.string(), v.maxLength(100)),
  kind: v.picklist(['call', 'meeting', 'crm', 'other']),
  label: pageText,
  recordType: v.exactOptional(pageText),
  url: pageText,
  title: pageText,
  recordName: v.exactOptional(pageText),
  meetingCode: v.exactOptional(pageText),
});
