import { crmContext, firstText, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/pipedrive.html (detail views `/deal/<id>`, `/person/<id>`, …). */
export const SELECTORS = {
  recordName: ['[data-testid="header-title"]', '[data-test="deal-title"]', '.detailView h1'],
};
/** Pipedrive path word → record type as the product names it. */
const RECORD_TYPES: Record<string, string> = {
  deal: 'deal',
  person: 'contact',
  organization: 'organization',
  leads: 'lead',
};
const RECORD = /^\/(deal|person|organization|leads)\/(?:inbox\/)?[\w-]+/;

export const pipedrive: SiteAdapter = {
  id: 'pipedrive',
  kind: 'crm',
  bottomBar: 0,
  controls: [],
  matches: (url) => url.hostname.endsWith('.pipedrive.com'),
  read(doc, url) {
    const word = RECORD.exec(url.pathname)?.[1];
    const recordType = word ? RECORD_TYPES[word] : undefined;
    const name = recordType ? firstText(doc, SELECTORS.recordName) : '';
    return crmContext(this, doc, url, { type: recordType, name }, /\s*[-|]\s*Pipedrive\s*$/);
  },
};
