import { CnCoverage } from './coverage.component';

export { CnCoverage };
if (!customElements.get('cn-coverage')) customElements.define('cn-coverage', CnCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'cn-coverage': CnCoverage;
  }
}
