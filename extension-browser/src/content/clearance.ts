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

/** How often the controls are measured for moves of their own (a forced layout each time). */
const MEASURE_MS = 2000;

/** Room kept between our box and a control, and between our box and the window edge. */
const GAP = 8;

/** The rects of the visible elements matching `selectors` (viewport coordinates). */
export function controlRects(doc: Document, selectors: readonly string[]): Rect[] {
  if (selectors.length === 0) return [];
  const rects: Rect[] = [];
  for (const element of doc.querySelectorAll(selectors.join(','))) {
    const r = element.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) rects.push(r);
  }
  return rects;
}

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
 * change: on resize, shortly after a click (a chat panel or a control bar opening), and every
 * two seconds for changes of their own. No MutationObserver: on a call page the DOM changes many times
 * a second (video tiles, captions, typing), and each change would cost the page work.
 */
export function watchControls(
  doc: Document,
  selectors: readonly string[],
  onChange: (rects: Rect[]) => void,
): { start(): void; stop(): void; rects(): Rect[] } {
  let current: Rect[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;
  const measureNow = (): void => {
    if (doc.hidden) return;
    const next = controlRects(doc, selectors);
    if (sameRects(next, current)) return;
    current = next;
    onChange(current);
  };
  // Read the rects just after the page has drawn a frame, when its layout is still clean: read
  // at any other moment on a call page (whose DOM changes many times a second) they would force
  // a layout of their own.
  const measure = (): void => {
    requestAnimationFrame(() => setTimeout(measureNow, 0));
  };
  const measureSoon = (): void => {
    clearTimeout(soon);
    soon = setTimeout(measure, 300);
  };
  return {
    start() {
      if (timer !== undefined || selectors.length === 0) return;
      current = controlRects(doc, selectors);
      timer = setInterval(measure, MEASURE_MS);
      window.addEventListener('resize', measureSoon);
      doc.addEventListener('click', measureSoon, true);
    },
    stop() {
      clearInterval(timer);
      clearTimeout(soon);
      timer = undefined;
      window.removeEventListener('resize', measureSoon);
      doc.removeEventListener('click', measureSoon, true);
    },
    rects: () => current,
  };
}
