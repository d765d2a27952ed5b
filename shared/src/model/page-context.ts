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
