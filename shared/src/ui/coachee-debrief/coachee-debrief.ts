import { CnCoacheeDebrief } from './coachee-debrief.component';

export { CnCoacheeDebrief };
export type { CoacheeSelfAssessment } from './coachee-debrief.component';
if (!customElements.get('cn-coachee-debrief'))
  customElements.define('cn-coachee-debrief', CnCoacheeDebrief);

declare global {
  interface HTMLElementTagNameMap {
    'cn-coachee-debrief': CnCoacheeDebrief;
  }
}
