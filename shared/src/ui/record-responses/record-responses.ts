import { CnRecordResponses } from './record-responses.component';

export { CnRecordResponses };

if (!customElements.get('cn-record-responses'))
  customElements.define('cn-record-responses', CnRecordResponses);

declare global {
  interface HTMLElementTagNameMap {
    'cn-record-responses': CnRecordResponses;
  }
}
