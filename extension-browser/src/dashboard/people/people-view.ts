import { CnDashPeople } from './people-view.component';

if (!customElements.get('cn-dash-people')) customElements.define('cn-dash-people', CnDashPeople);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-people': CnDashPeople;
  }
}
