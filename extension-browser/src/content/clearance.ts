/**
 * Keeping the overlay and the launcher off the site's own controls. The controls are found at run
 * time from each adapter's selectors (`controls`), since their place differs per site, per layout
 * (new Teams has them at the top right) and per window size, and moves when a chat panel opens.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A box anchored like the overlay: distances from the viewport's right and bottom edges. */
export interface Anchor {
  right: number;
  bottom: number;
}

/** Room kept between our box and a control, and between our box and the window edge. */
const GAP = 8;

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Same rects in the same order (a re-measure that found nothing new changes nothing). */
export function sameRects(a: readonly Rect[], b: readonly Rect[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        r.left === b[i]!.left &&
        r.top === b[i]!.top &&
        r.right === b[i]!.right &&
        r.bottom === b[i]!.bottom,
    )
  );
}

/**
 * The place nearest to `preferred` where a `width` × `height` box overlaps none of `obstacles`,
 * or undefined when there is none. Only edges can bound a free place, so the candidates are the
 * preferred place, the window's edges, and each side of each obstacle: a few hundred boxes
 * tested against a few dozen rects, not a pixel grid.
 */
export function clearAnchor(
  viewport: { width: number; height: number },
  box: { width: number; height: number },
  preferred: Anchor,
  obstacles: readonly Rect[],
): Anchor | undefined {
  const { width: vw, height: vh } = viewport;
  const rights = new Set([preferred.right, GAP]);
  const bottoms = new Set([preferred.bottom, GAP]);
  for (const o of obstacles) {
    rights.add(vw - o.left + GAP); // just left of it
    rights.add(vw - o.right - GAP - box.width); // just right of it
    bottoms.add(vh - o.top + GAP); // just above it
    bottoms.add(vh - o.bottom - GAP - box.height); // just below it
  }
  let best: Anchor | undefined;
  let bestDistance = Infinity;
  for (const right of rights) {
    if (right < 0 || right + box.width > vw) continue;
    for (const bottom of bottoms) {
      if (bottom < 0 || bottom + box.height > vh) continue;
      const rect = {
        left: vw - right - box.width,
        right: vw - right,
        top: vh - bottom - box.height,
        bottom: vh - bottom,
      };
      const distance = Math.abs(right - preferred.right) + Math.abs(bottom - preferred.bottom);
      if (distance >= bestDistance || obstacles.some((o) => intersects(rect, o))) continue;
      best = { right, bottom };
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Re-measures the site's controls while our boxes are on screen and reports when their rects
 * change. Nothing on a timer and no MutationObserver (on a call page the DOM changes many times a
 * second, and each change would cost the page work): the controls found are observed, by a
 * ResizeObserver for their size and by `watchMove` for their place, and the selectors are queried
 * again only when something may have brought new controls — a resize, a click (a chat panel or
 * a control bar opening), a navigation (`refresh`).
 */
export function watchControls(
  doc: Document,
  selectors: readonly string[],
  onChange: (rects: Rect[]) => void,
): { start(): void; stop(): void; refresh(): void; rects(): Rect[] } {
  let current: Rect[] = [];
  let running = false;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let unobserve = (): void => {};
  const observe = (found: readonly { element: Element; rect: Rect }[]): void => {
    unobserve();
    // Both observers report once when they start: the first report is not a change.
    let started = false;
    const sizes = new ResizeObserver(() => {
      if (started) measure();
      started = true;
    });
    const moves = found.map(({ element, rect }) => {
      sizes.observe(element);
      return watchMove(doc, element, rect, measure);
    });
    unobserve = () => {
      sizes.disconnect();
      for (const stop of moves) stop();
    };
  };
  const measureNow = (): void => {
    pending = false;
    if (!running || doc.hidden) return;
    const found = controlElements(doc, selectors);
    const next = found.map((f) => f.rect);
    if (sameRects(next, current)) return;
    current = next;
    observe(found);
    onChange(current);
  };
  // Read the rects just after the page has drawn a frame, when its layout is still clean: read
  // at any other moment on a call page (whose DOM changes many times a second) they would force
  // a layout of their own. Several reasons in one frame make one measure.
  function measure(): void {
    if (pending || !running) return;
    pending = true;
    requestAnimationFrame(() => setTimeout(measureNow, 0));
  }
  const measureSoon = (): void => {
    clearTimeout(soon);
    soon = setTimeout(measure, 300);
  };
  return {
    start() {
      if (running || selectors.length === 0) return;
      running = true;
      const found = controlElements(doc, selectors);
      current = found.map((f) => f.rect);
      observe(found);
      window.addEventListener('resize', measureSoon);
      doc.addEventListener('click', measureSoon, true);
      doc.addEventListener('visibilitychange', measure);
    },
    stop() {
      running = false;
      clearTimeout(soon);
      unobserve();
      unobserve = () => {};
      window.removeEventListener('resize', measureSoon);
      doc.removeEventListener('click', measureSoon, true);
      doc.removeEventListener('visibilitychange', measure);
    },
    refresh: measureSoon,
    rects: () => current,
  };
}

/** The visible elements matching `selectors`, with their rects (viewport coordinates). */
function controlElements(
  doc: Document,
  selectors: readonly string[],
): { element: Element; rect: Rect }[] {
  if (selectors.length === 0) return [];
  const found: { element: Element; rect: Rect }[] = [];
  for (const element of doc.querySelectorAll(selectors.join(','))) {
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) found.push({ element, rect });
  }
  return found;
}

/**
 * Calls `onMove` once `element` leaves `box`, the place it has now (a layout shift, a transform, a
 * panel opening beside it), without measuring it again: an IntersectionObserver whose root is the
 * viewport shrunk to that box sees the element stop filling it. The technique of Floating UI's
 * `autoUpdate` (`layoutShift`); after a move the caller measures and observes anew.
 */
function watchMove(doc: Document, element: Element, box: Rect, onMove: () => void): () => void {
  const root = doc.documentElement;
  const margin = [
    -Math.floor(box.top),
    -Math.floor(root.clientWidth - box.right),
    -Math.floor(root.clientHeight - box.bottom),
    -Math.floor(box.left),
  ];
  let first: number | undefined;
  const observer = new IntersectionObserver(
    ([entry]) => {
      const ratio = entry?.intersectionRatio ?? 0;
      // The first report gives the share of the element inside that box now (less than all of it
      // when the element is partly off screen); any other share means it moved.
      if (first === undefined) first = ratio;
      else if (Math.abs(ratio - first) > 0.001) onMove();
    },
    {
      root: doc,
      rootMargin: margin.map((px) => `${Math.min(0, px)}px`).join(' '),
      threshold: THRESHOLDS,
    },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** Every percent: a move of one percent of the element's size crosses one. */
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);
