import { CnSessionPicker } from './session-picker.component';

export { CnSessionPicker };
if (!customElements.get('cn-session-picker'))
  customElements.define('cn-session-picker', CnSessionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cn-session-picker': CnSessionPicker;
  }
}
