/**
 * The sites that have their own adapter (and so a page launcher), in the order the settings list
 * them. Brand names stay as they are in every language. The content script's registry maps each
 * id to its adapter; the type makes a site without an adapter a compile error.
 */
export const SITES = [
  { id: 'google-meet', name: 'Google Meet' },
  { id: 'teams', name: 'Microsoft Teams' },
  { id: 'zoom', name: 'Zoom' },
  { id: 'jitsi', name: 'Jitsi Meet' },
  { id: 'salesforce', name: 'Salesforce' },
  { id: 'hubspot', name: 'HubSpot' },
  { id: 'dynamics', name: 'Dynamics 365' },
  { id: 'pipedrive', name: 'Pipedrive' },
] as const;

export type SiteId = (typeof SITES)[number]['id'];
