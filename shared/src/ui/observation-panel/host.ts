import type { PageContext } from '../../model/page-context';
import type { ObservationKind, PageAnchor, SessionContext } from '../../model/types';

/**
 * The platform the observation panel runs on, implemented by the shell (the extension's panel
 * page). The shared panel never calls browser APIs itself.
 */
export interface PanelHost {
  /** The page being observed now, if the panel is attached to one. */
  pageContext(): Promise<PageContext | undefined>;
  /** Called when the observed page navigates (SPA) or another page is observed. */
  onPageContext(listener: (context: PageContext) => void): () => void;
  /** Browser commands (keyboard shortcuts that work while focus is in the call page). */
  onCapture(listener: (kind: ObservationKind) => void): () => void;
  /**
   * Opens the shell's dashboard in a new tab. Optional: the panel shows its dashboard button
   * only when the host has a dashboard to open.
   */
  openDashboard?(): void;
  /**
   * Opens the debrief with the coachee of `sessionId` in a full view of its own (shared notes
   * only). Optional: the panel shows its button only when the host can open that view.
   */
  openCoacheeDebrief?(sessionId: string): void;
}

export function anchorOf(context: PageContext | undefined): PageAnchor | undefined {
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

export function sessionContextOf(context: PageContext | undefined): SessionContext | undefined {
  if (!context) return undefined;
  const out: SessionContext = { kind: context.kind, site: context.site, url: context.url };
  const label = context.label || context.title;
  if (label) out.label = label;
  return out;
}
