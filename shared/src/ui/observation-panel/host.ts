import type { ObservationKind, PageAnchor, SessionContext } from '../../model/types';
import type { DashboardView } from '../dashboard/views';

/**
 * What the observed page is, as the shell's site adapter read it. Plain data; structurally the
 * same as the browser extension's `PageContext`.
 */
export interface PageContextInfo {
  site: string;
  kind: 'call' | 'meeting' | 'crm' | 'other';
  label: string;
  recordType?: string;
  url: string;
  title: string;
}

/**
 * The platform the observation panel runs on, implemented by the shell (the extension's panel
 * page). The shared panel never calls browser APIs itself.
 */
export interface PanelHost {
  /** The page being observed now, if the panel is attached to one. */
  pageContext(): Promise<PageContextInfo | undefined>;
  /** Called when the observed page navigates (SPA) or another page is observed. */
  onPageContext(listener: (context: PageContextInfo) => void): () => void;
  /** Browser commands (keyboard shortcuts that work while focus is in the call page). */
  onCapture(listener: (kind: ObservationKind) => void): () => void;
  /**
   * Opens the dashboard (at `view`, else its first view) in a new tab. Optional: the panel shows
   * its dashboard button only when the host has a dashboard to open.
   */
  openDashboard?(view?: DashboardView): void;
}

export function anchorOf(context: PageContextInfo | undefined): PageAnchor | undefined {
  if (!context) return undefined;
  const anchor: PageAnchor = {
    kind: 'page',
    site: context.site,
    url: context.url,
    title: context.title,
  };
  if (context.label) anchor.label = context.label;
  return anchor;
}

export function sessionContextOf(context: PageContextInfo | undefined): SessionContext | undefined {
  if (!context) return undefined;
  const out: SessionContext = { kind: context.kind, site: context.site, url: context.url };
  const label = context.label || context.title;
  if (label) out.label = label;
  return out;
}
