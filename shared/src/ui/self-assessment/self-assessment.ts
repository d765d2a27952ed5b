import { CnSelfAssessment } from './self-assessment.component';

export { CnSelfAssessment };
export type { SelfAssessmentInput } from './self-assessment.component';
if (!customElements.get('cn-self-assessment'))
  customElements.define('cn-self-assessment', CnSelfAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'cn-self-assessment': CnSelfAssessment;
  }
}
