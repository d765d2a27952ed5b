import { crmContext, firstText, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/dynamics.html (Unified Interface form header). */
export const SELECTORS = {
  recordName: [
    'h1[data-id="header_title"]',
    '[data-id="header_title"]',
    '[data-id="form-header"] h1',
  ],
};
/**
 * Commercial regions `org.crm<n>.dynamics.com` (US government GCC is `crm9`), and the sovereign
 * clouds `org.crm.microsoftdynamics.de` / `.us` (reached only once the user allows them).
 */
const HOST = /\.(?:crm\d*\.dynamics\.com|crm\.microsoftdynamics\.(?:de|us))$/;

export const dynamics: SiteAdapter = {
  id: 'dynamics',
  kind: 'crm',
  bottomBar: 0,
  controls: [],
  matches: (url) => HOST.test(url.hostname),
  read(doc, url) {
    // Unified Interface keeps the record in the query: `main.aspx?pagetype=entityrecord&etn=opportunity&id=…`.
    const params = url.searchParams;
    const recordType =
      params.get('pagetype') === 'entityrecord' ? params.get('etn') || undefined : undefined;
    // The header keeps "- Saved" / "- Unsaved" next to the name.
    const name = recordType
      ? firstText(doc, SELECTORS.recordName).replace(
          /\s*-\s*(Saved|Unsaved|Opgeslagen|Niet opgeslagen)$/i,
          '',
        )
      : '';
    return crmContext(this, doc, url, { type: recordType, name }, /\s*-\s*Dynamics 365\s*$/);
  },
};
