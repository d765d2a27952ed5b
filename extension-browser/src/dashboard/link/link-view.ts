import { CnDashLink } from './link-view.component';

if (!customElements.get('cn-dash-link')) customElements.define('cn-dash-link', CnDashLink);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-link': CnDashLink;
  }
}
