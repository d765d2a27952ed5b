import { SITES, type SiteId } from '../common/sites';
import type { SiteAdapter } from './sites/adapter';
import { dynamics } from './sites/dynamics';
import { generic } from './sites/generic';
import { googleMeet } from './sites/google-meet';
import { hubspot } from './sites/hubspot';
import { jitsi } from './sites/jitsi';
import { pipedrive } from './sites/pipedrive';
import { salesforce } from './sites/salesforce';
import { teams } from './sites/teams';
import { zoom } from './sites/zoom';

const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = {
  'google-meet': googleMeet,
  teams,
  zoom,
  jitsi,
  salesforce,
  hubspot,
  dynamics,
  pipedrive,
};

/** Every site adapter, in the order of `SITES`; `generic` matches anything and comes last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  ...SITES.map((site) => SITE_ADAPTERS[site.id]),
  generic,
];

export function adapterFor(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? generic;
}

/** Overlay placement key: the adapter, or the host name for pages the generic adapter serves. */
export function siteKey(adapter: SiteAdapter, url: URL): string {
  return adapter.id === 'generic' ? `generic:${url.hostname}` : adapter.id;
}
