import { clearAnchor, type Anchor, type Rect } from './clearance';
import type { OverlayPlacement } from '../common/settings';
import { attach, createHost, el, setImportant, styleElement } from './dom';
import type { LoaderStrings } from './strings';

const WIDTH = 380;
const MAX_HEIGHT = 620;
const BAR = 32;
const MARGIN = 8;
const STEP = 24;
/** The shortest panel worth showing, and how much shorter each try to fit between controls is. */
const MIN_FRAME = 160;
const SHRINK = 48;

const STYLE = `
.box { box-sizing: border-box; width: ${WIDTH}px; display: flex; flex-direction: column;
  border-radius: 10px; overflow: hidden; background: #fff; color: #1f1f1f;
  box-shadow: 0 6px 24px rgb(0 0 0 / 35%); font: 13px/1.2 system-ui, sans-serif; }
.bar { display: flex; align-items: center; gap: 4px; height: ${BAR}px; padding: 0 4px 0 0;
  background: #0f766e; color: #fff; touch-action: none; user-select: none; cursor: grab; }
.bar.dragging { cursor: grabbing; }
.grip { all: unset; flex: 1; height: 100%; display: flex; align-items: center; padding-left: 10px;
  font-weight: 600; }
button { all: unset; width: 26px; height: 26px; display: grid; place-items: center;
  border-radius: 4px; cursor: pointer; font-size: 16px; line-height: 1; }
button:hover { background: rgb(255 255 255 / 20%); }
.grip:focus-visible, button:focus-visible { outline: 2px solid #facc15; outline-offset: -2px; }
iframe { border: 0; width: 100%; display: block; background: #fff; color-scheme: normal; }
.collapsed iframe { height: 0 !important; visibility: hidden; }
.dragging iframe { pointer-events: none; }
@media (prefers-color-scheme: dark) {
  .box { background: #1f1f1f; color: #eee; }
  iframe { background: #1f1f1f; }
}
`;

/**
 * The floating panel: a closed shadow root with a handle bar and an iframe of the panel page.
 * The iframe is an extension page, so what is typed there lives in the extension's origin and
 * never in this page's DOM. Hiding keeps the iframe loaded so the panel comes back at once.
 */
export class Overlay {
  private readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly grip: HTMLButtonElement;
  private readonly collapseButton: HTMLButtonElement;
  private readonly hideButton: HTMLButtonElement;
  /** The panel's iframe (the loader vouches for it to the background). */
  readonly frame: HTMLIFrameElement;
  private text: LoaderStrings;
  private shown = false;
  private dragging = false;
  /** The site's controls, which the box keeps clear of (see `clearance.ts`). */
  private obstacles: readonly Rect[] = [];
  private loaded = false;
  private focusOnLoad = false;

  constructor(
    panelUrl: string,
    text: LoaderStrings,
    private placement: OverlayPlacement,
    private readonly onPlacement: (placement: OverlayPlacement) => void,
    private readonly onHidden: () => void,
  ) {
    const { host, root } = createHost();
    this.grip = el('button', { type: 'button', class: 'grip' }, 'Coaching Notes');
    this.collapseButton = el('button', { type: 'button', class: 'collapse' });
    this.hideButton = el('button', { type: 'button', class: 'hide' }, '×');
    this.bar = el('div', { class: 'bar' }, this.grip, this.collapseButton, this.hideButton);
    // The panel's Copy Markdown writes the clipboard, which a cross-origin frame may do only when
    // allowed. Not the default `'src'` allowlist: under `use_dynamic_url` the src names the
    // per-session id while the document's origin is the extension id. `*` grants nothing the page
    // could not use in its own frames anyway.
    this.frame = el('iframe', { src: panelUrl, allow: 'clipboard-write *' });
    this.box = el('div', { class: 'box' }, this.bar, this.frame);
    root.append(styleElement(STYLE), this.box);
    this.host = host;
    this.text = text;
    this.collapseButton.addEventListener('click', () =>
      this.setCollapsed(!this.placement.collapsed),
    );
    this.hideButton.addEventListener('click', () => this.hide());
    this.frame.addEventListener('load', () => {
      this.loaded = true;
      if (this.focusOnLoad && this.shown) {
        // Still the focused element, but its new document is not: focus it afresh.
        this.frame.blur();
        this.frame.focus();
      }
      this.focusOnLoad = false;
    });
    this.grip.addEventListener('keydown', (event) => this.onKey(event));
    this.bar.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    window.addEventListener('resize', this.layout);
    this.setStrings(text);
    this.layout();
  }

  get visible(): boolean {
    return this.shown;
  }

  get collapsed(): boolean {
    return this.placement.collapsed;
  }

  setStrings(text: LoaderStrings): void {
    this.text = text;
    this.grip.setAttribute('aria-label', text.move);
    this.hideButton.setAttribute('aria-label', text.hide);
    this.hideButton.title = text.hide;
    this.frame.title = text.frame;
    this.renderCollapsed();
  }

  show(): void {
    this.shown = true;
    attach(this.host);
    setImportant(this.host, { display: 'block' });
    this.layout();
  }

  /** Moves keyboard focus into the panel (the shortcut and the launcher bring the coach there). */
  focus(): void {
    if (!this.shown || this.placement.collapsed) return;
    this.frame.focus();
    // A frame still loading loses that focus when its document arrives: focus it once loaded.
    this.focusOnLoad = !this.loaded;
  }

  hide(): void {
    this.shown = false;
    setImportant(this.host, { display: 'none' });
    this.onHidden();
  }

  /** The site's controls moved or changed: move out of their way. */
  setObstacles(rects: readonly Rect[]): void {
    this.obstacles = rects;
    if (this.shown) this.layout();
  }

  /** Collapsed keeps only the handle bar on screen; the panel stays loaded behind it. */
  setCollapsed(collapsed: boolean): void {
    this.placement = { ...this.placement, collapsed };
    this.renderCollapsed();
    this.layout();
    this.onPlacement(this.placement);
  }

  remove(): void {
    window.removeEventListener('resize', this.layout);
    this.host.remove();
  }

  private renderCollapsed(): void {
    const collapsed = this.placement.collapsed;
    this.box.classList.toggle('collapsed', collapsed);
    this.collapseButton.textContent = collapsed ? '▴' : '▾';
    const label = collapsed ? this.text.expand : this.text.collapse;
    this.collapseButton.setAttribute('aria-label', label);
    this.collapseButton.setAttribute('aria-expanded', String(!collapsed));
    this.collapseButton.title = label;
  }

  /**
   * Keeps the box inside the viewport, off the site's controls, and sizes the iframe to the room
   * above `bottom`. The user's place is the wish: where it would cover a control, the box goes to
   * the nearest clear place, shorter if that keeps it closer (each px of height lost counts as a
   * px moved). While dragged it follows the pointer; it is placed again on release.
   */
  private readonly layout = (): void => {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const collapsed = this.placement.collapsed;
    const wanted = Math.max(
      MIN_FRAME,
      Math.min(MAX_HEIGHT, viewport.height - this.placement.bottom - BAR - MARGIN),
    );
    const fit = (frameHeight: number): Anchor => {
      const boxHeight = collapsed ? BAR : BAR + frameHeight;
      return {
        right: clamp(this.placement.right, 0, Math.max(0, viewport.width - WIDTH)),
        bottom: clamp(this.placement.bottom, 0, Math.max(0, viewport.height - boxHeight)),
      };
    };
    let place = fit(wanted);
    let frameHeight = wanted;
    if (!this.dragging && this.obstacles.length > 0) {
      let bestScore = Infinity;
      for (let h = wanted; ; h = Math.max(MIN_FRAME, h - SHRINK)) {
        const boxHeight = collapsed ? BAR : BAR + h;
        const wish = fit(h);
        const found = clearAnchor(
          viewport,
          { width: WIDTH, height: boxHeight },
          wish,
          this.obstacles,
        );
        const score = found
          ? Math.abs(found.right - wish.right) + Math.abs(found.bottom - wish.bottom) + wanted - h
          : Infinity;
        if (found && score < bestScore) {
          bestScore = score;
          place = found;
          frameHeight = h;
        }
        if (collapsed || h === MIN_FRAME) break;
      }
    }
    this.frame.style.height = `${frameHeight}px`;
    setImportant(this.host, { right: `${place.right}px`, bottom: `${place.bottom}px` });
  };

  private moveTo(right: number, bottom: number): void {
    this.placement = { ...this.placement, right: Math.round(right), bottom: Math.round(bottom) };
    this.layout();
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || (event.target as Element).closest('button:not(.grip)')) return;
    const start = { x: event.clientX, y: event.clientY, ...this.placement };
    this.bar.setPointerCapture(event.pointerId);
    this.box.classList.add('dragging');
    this.dragging = true;
    const move = (e: PointerEvent): void =>
      this.moveTo(start.right - (e.clientX - start.x), start.bottom - (e.clientY - start.y));
    const end = (): void => {
      this.bar.removeEventListener('pointermove', move);
      this.bar.removeEventListener('pointerup', end);
      this.bar.removeEventListener('pointercancel', end);
      this.box.classList.remove('dragging');
      this.dragging = false;
      this.layout();
      this.onPlacement(this.placement);
    };
    this.bar.addEventListener('pointermove', move);
    this.bar.addEventListener('pointerup', end);
    this.bar.addEventListener('pointercancel', end);
  }

  private onKey(event: KeyboardEvent): void {
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [STEP, 0],
      ArrowRight: [-STEP, 0],
      ArrowUp: [0, STEP],
      ArrowDown: [0, -STEP],
    };
    const step = delta[event.key];
    if (!step) return;
    event.preventDefault();
    event.stopPropagation();
    this.moveTo(this.placement.right + step[0], this.placement.bottom + step[1]);
    this.onPlacement(this.placement);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
