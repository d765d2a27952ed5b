import { CnDashPrivacy } from './privacy-view.component';

if (!customElements.get('cn-dash-privacy')) customElements.define('cn-dash-privacy', CnDashPrivacy);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-privacy': CnDashPrivacy;
  }
}
