import { CnObservationItem } from './observation-item.component';
export { KIND_ICONS } from './observation-item.component';

export { CnObservationItem };
export type { ObservationEdit, ObservationView } from './observation-item.component';
if (!customElements.get('cn-observation-item')) {
  customElements.define('cn-observation-item', CnObservationItem);
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-observation-item': CnObservationItem;
  }
}
