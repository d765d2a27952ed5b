import { CnPrepare } from './prepare.component';

export { CnPrepare };
if (!customElements.get('cn-prepare')) customElements.define('cn-prepare', CnPrepare);

declare global {
  interface HTMLElementTagNameMap {
    'cn-prepare': CnPrepare;
  }
}
