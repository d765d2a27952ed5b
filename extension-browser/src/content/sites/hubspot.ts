import { crmContext, firstText, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/hubspot.html (CRM record page, `/contacts/<portal>/record/0-3/<id>`). */
export const SELECTORS = {
  recordName: ['[data-selenium-test="highlightTitle"]', '[data-test-id="record-title"]', 'h1'],
};
/** HubSpot object type ids in record URLs. */
const OBJECT_TYPES: Record<string, string> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
  '0-136': 'lead',
};
const RECORD = /^\/contacts\/\d+\/(?:record\/(0-\d+)|(contact|company|deal|ticket))\/\d+/;
/** `app.hubspot.com` (na1) and every data-centre host `app-<region>.hubspot.com` (eu1, na2, ap1, …). */
const HOST = /^app(?:-[a-z]{2}\d+)?\.hubspot\.com$/;

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  kind: 'crm',
  bottomBar: 0,
  controls: [],
  matches: (url) => HOST.test(url.hostname),
  read(doc, url) {
    const match = RECORD.exec(url.pathname);
    const recordType = match ? (match[2] ?? OBJECT_TYPES[match[1]!] ?? 'record') : undefined;
    const name = match ? firstText(doc, SELECTORS.recordName) : '';
    return crmContext(this, doc, url, { type: recordType, name }, /\s*\|\s*HubSpot\s*$/);
  },
};
