import { CnObserve } from './observe.component';

export { CnObserve };
export { CAPTURE_KEYS } from './observe.component';
if (!customElements.get('cn-observe')) customElements.define('cn-observe', CnObserve);

declare global {
  interface HTMLElementTagNameMap {
    'cn-observe': CnObserve;
  }
}
