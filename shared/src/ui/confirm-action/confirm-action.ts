import { CnConfirmAction } from './confirm-action.component';

export { CnConfirmAction };
if (!customElements.get('cn-confirm-action')) {
  customElements.define('cn-confirm-action', CnConfirmAction);
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-confirm-action': CnConfirmAction;
  }
}
