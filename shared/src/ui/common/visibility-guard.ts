/**
 * Guards destructive confirmations against clickjacking: a host page could cover the panel's
 * iframe with a decoy, or make it transparent, and trick a click onto "delete".
 *
 * Where IntersectionObserver v2 exists (Chromium), the browser itself reports whether the target
 * is unoccluded, untransformed and fully opaque (`isVisible`); the confirm is refused unless it
 * has been visibly on screen for `MIN_VISIBLE_MS`. Elsewhere the explicit in-panel
 * confirmation step is the guard.
 */
export const MIN_VISIBLE_MS = 400;

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

interface V2Options extends IntersectionObserverInit {
  trackVisibility?: boolean;
  delay?: number;
}

export function supportsVisibilityTracking(): boolean {
  return (
    typeof IntersectionObserverEntry !== 'undefined' &&
    'isVisible' in IntersectionObserverEntry.prototype
  );
}

export class VisibilityGuard {
  private observer: IntersectionObserver | undefined;
  private visibleSince: number | undefined;
  readonly tracking = supportsVisibilityTracking();

  watch(target: Element): void {
    this.stop();
    if (!this.tracking) return;
    const options: V2Options = { trackVisibility: true, delay: 100, threshold: [1] };
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1] as VisibilityEntry | undefined;
      if (!entry) return;
      if (entry.isVisible) this.visibleSince ??= performance.now();
      else this.visibleSince = undefined;
    }, options);
    this.observer.observe(target);
  }

  /** True when a destructive action may go ahead now. */
  allows(): boolean {
    if (!this.tracking) return true;
    return (
      this.visibleSince !== undefined && performance.now() - this.visibleSince >= MIN_VISIBLE_MS
    );
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.visibleSince = undefined;
  }
}
