import { CnActionList } from './action-list.component';

export { CnActionList };
if (!customElements.get('cn-action-list')) customElements.define('cn-action-list', CnActionList);

declare global {
  interface HTMLElementTagNameMap {
    'cn-action-list': CnActionList;
  }
}
