import { clearAnchor, type Anchor, type Rect } from './clearance';
import { attach, createHost, el, iconSvg, setImportant, styleElement } from './dom';
import type { LoaderStrings } from './strings';

const SIZE = 44;
const MARGIN = 16;

const STYLE = `
button { all: unset; box-sizing: border-box; width: ${SIZE}px; height: ${SIZE}px; border-radius: 50%;
  display: grid; place-items: center; cursor: pointer; color: #fff; background: #0f766e;
  box-shadow: 0 2px 8px rgb(0 0 0 / 30%); }
button:hover { background: #115e59; }
button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
`;

/**
 * The small round button on supported pages that opens the overlay: bottom right above the site's
 * bottom bar, or the nearest place clear of the site's controls (a chat's Send button sits there
 * in Teams and Meet).
 */
export class Launcher {
  private readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly preferred: Anchor;
  private obstacles: readonly Rect[] = [];

  constructor(bottomBar: number, onOpen: () => void) {
    const { host, root } = createHost();
    this.preferred = { right: MARGIN, bottom: bottomBar + MARGIN };
    this.button = el('button', { type: 'button' }, iconSvg());
    root.append(styleElement(STYLE), this.button);
    this.host = host;
    this.button.addEventListener('click', onOpen);
    this.layout();
    window.addEventListener('resize', this.layout);
  }

  setObstacles(rects: readonly Rect[]): void {
    this.obstacles = rects;
    this.layout();
  }

  private readonly layout = (): void => {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const box = { width: SIZE, height: SIZE };
    const place = clearAnchor(viewport, box, this.preferred, this.obstacles) ?? this.preferred;
    setImportant(this.host, { right: `${place.right}px`, bottom: `${place.bottom}px` });
  };

  setStrings(text: LoaderStrings): void {
    this.button.setAttribute('aria-label', text.open);
    this.button.title = text.open;
  }

  show(visible: boolean): void {
    if (visible) attach(this.host);
    else this.host.remove();
  }

  remove(): void {
    window.removeEventListener('resize', this.layout);
    this.host.remove();
  }
}
