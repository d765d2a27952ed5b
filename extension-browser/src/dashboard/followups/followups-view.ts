import { CnDashFollowUps } from './followups-view.component';

if (!customElements.get('cn-dash-followups'))
  customElements.define('cn-dash-followups', CnDashFollowUps);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-followups': CnDashFollowUps;
  }
}
