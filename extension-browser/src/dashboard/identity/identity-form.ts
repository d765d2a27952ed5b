import { CnDashIdentity } from './identity-form.component';

if (!customElements.get('cn-dash-identity'))
  customElements.define('cn-dash-identity', CnDashIdentity);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-identity': CnDashIdentity;
  }
}
