import { CnSessionExport } from './session-export.component';

export { CnSessionExport };
if (!customElements.get('cn-session-export'))
  customElements.define('cn-session-export', CnSessionExport);

declare global {
  interface HTMLElementTagNameMap {
    'cn-session-export': CnSessionExport;
  }
}
