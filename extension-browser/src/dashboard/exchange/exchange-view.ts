import { CnDashExchange } from './exchange-view.component';

if (!customElements.get('cn-dash-exchange'))
  customElements.define('cn-dash-exchange', CnDashExchange);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-exchange': CnDashExchange;
  }
}
