import { CnDashActions } from './actions-board.component';

if (!customElements.get('cn-dash-actions')) customElements.define('cn-dash-actions', CnDashActions);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-actions': CnDashActions;
  }
}
