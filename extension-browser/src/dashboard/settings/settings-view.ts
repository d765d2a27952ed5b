import { CnDashSettings } from './settings-view.component';

if (!customElements.get('cn-dash-settings'))
  customElements.define('cn-dash-settings', CnDashSettings);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-settings': CnDashSettings;
  }
}
