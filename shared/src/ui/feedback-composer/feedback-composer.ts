import { CnFeedbackComposer } from './feedback-composer.component';

export { CnFeedbackComposer };
if (!customElements.get('cn-feedback-composer')) {
  customElements.define('cn-feedback-composer', CnFeedbackComposer);
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-feedback-composer': CnFeedbackComposer;
  }
}
