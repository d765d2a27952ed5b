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

/** Every site adapter, most specific first; `generic` matches anything and comes last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  googleMeet,
  teams,
  zoom,
  jitsi,
  salesforce,
  hubspot,
  dynamics,
  pipedrive,
  generic,
];

export function adapterFor(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? generic;
}

/** Overlay placement key: the adapter, or the host name for pages the generic adapter serves. */
export function siteKey(adapter: SiteAdapter, url: URL): string {
  return adapter.id === 'generic' ? `generic:${url.hostname}` : adapter.id;
}
