import { CnObservationPanel } from './observation-panel.component';

export { CnObservationPanel };
export type { PanelHost } from './host';
if (!customElements.get('cn-observation-panel')) {
  customElements.define('cn-observation-panel', CnObservationPanel);
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-observation-panel': CnObservationPanel;
  }
}
