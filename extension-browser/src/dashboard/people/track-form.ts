import { CnDashTrackForm } from './track-form.component';

if (!customElements.get('cn-dash-track-form'))
  customElements.define('cn-dash-track-form', CnDashTrackForm);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-track-form': CnDashTrackForm;
  }
}
