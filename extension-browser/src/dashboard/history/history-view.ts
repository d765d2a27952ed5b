import { CnDashHistory } from './history-view.component';

if (!customElements.get('cn-dash-history')) customElements.define('cn-dash-history', CnDashHistory);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-history': CnDashHistory;
  }
}
