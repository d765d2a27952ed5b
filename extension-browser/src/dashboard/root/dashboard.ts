import { CnDashboard } from './dashboard.component';

if (!customElements.get('cn-dashboard')) customElements.define('cn-dashboard', CnDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dashboard': CnDashboard;
  }
}
