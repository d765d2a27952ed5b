import { CnDebrief } from './debrief.component';

export { CnDebrief };
if (!customElements.get('cn-debrief')) customElements.define('cn-debrief', CnDebrief);

declare global {
  interface HTMLElementTagNameMap {
    'cn-debrief': CnDebrief;
  }
}
