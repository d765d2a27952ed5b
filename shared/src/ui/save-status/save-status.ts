import { CnSaveStatus } from './save-status.component';

export { CnSaveStatus };
if (!customElements.get('cn-save-status')) customElements.define('cn-save-status', CnSaveStatus);

declare global {
  interface HTMLElementTagNameMap {
    'cn-save-status': CnSaveStatus;
  }
}
