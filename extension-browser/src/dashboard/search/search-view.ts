import { CnDashSearch } from './search-view.component';

if (!customElements.get('cn-dash-search')) customElements.define('cn-dash-search', CnDashSearch);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-search': CnDashSearch;
  }
}
