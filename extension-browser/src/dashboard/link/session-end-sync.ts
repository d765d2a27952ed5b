import { CnDashLinkWatch } from './session-end-sync.component';

if (!customElements.get('cn-dash-link-watch'))
  customElements.define('cn-dash-link-watch', CnDashLinkWatch);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-link-watch': CnDashLinkWatch;
  }
}
