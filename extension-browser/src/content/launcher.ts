import { attach, createHost, el, iconSvg, setImportant, styleElement } from './dom';
import type { LoaderStrings } from './strings';

const STYLE = `
button { all: unset; box-sizing: border-box; width: 44px; height: 44px; border-radius: 50%;
  display: grid; place-items: center; cursor: pointer; color: #fff; background: #0f766e;
  box-shadow: 0 2px 8px rgb(0 0 0 / 30%); }
button:hover { background: #115e59; }
button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
`;

/** The small round button on supported pages that opens the overlay. */
export class Launcher {
  private readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;

  constructor(bottomBar: number, onOpen: () => void) {
    const { host, root } = createHost();
    setImportant(host, { right: '16px', bottom: `${bottomBar + 16}px` });
    this.button = el('button', { type: 'button' }, iconSvg());
    root.append(styleElement(STYLE), this.button);
    this.host = host;
    this.button.addEventListener('click', onOpen);
  }

  setStrings(text: LoaderStrings): void {
    this.button.setAttribute('aria-label', text.open);
    this.button.title = text.open;
  }

  show(visible: boolean): void {
    if (visible) attach(this.host);
    else this.host.remove();
  }

  remove(): void {
    this.host.remove();
  }
}
