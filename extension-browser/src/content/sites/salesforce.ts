import { crmContext, firstText, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/salesforce.html (Lightning record page, highlights panel). */
export const SELECTORS = {
  recordName: [
    'records-highlights2 [slot="primaryField"]',
    '.slds-page-header__title lightning-formatted-text',
    'h1 .slds-page-header__title',
  ],
  /** The utility bar docked at the bottom (softphone, notes, history). */
  controls: ['.oneUtilityBar', '.slds-utility-bar'],
};
/** `/lightning/r/Opportunity/006…/view`, `/lightning/o/Account/list`. */
const RECORD = /^\/lightning\/r\/([A-Za-z0-9_]+)\/[A-Za-z0-9]{15,18}\//;

/** Lightning's `Acme renewal | Opportunity | Salesforce` title, split. */
function fromTitle(title: string): string {
  const parts = title.split(' | ');
  return parts.length >= 3 ? parts[0]!.trim() : '';
}

export const salesforce: SiteAdapter = {
  id: 'salesforce',
  kind: 'crm',
  bottomBar: 0,
  controls: SELECTORS.controls,
  matches: (url) => url.hostname.endsWith('.lightning.force.com'),
  read(doc, url) {
    const object = RECORD.exec(url.pathname)?.[1];
    // Custom objects (`Invoice__c`) read as `invoice`.
    const recordType = object?.replace(/__c$/, '').replace(/_/g, ' ').toLowerCase();
    const name = object ? firstText(doc, SELECTORS.recordName) || fromTitle(doc.title) : '';
    return crmContext(this, doc, url, { type: recordType, name }, /\s*\|\s*Salesforce\s*$/);
  },
};
