/**
 * @coaching-notes/shared/ui — Lit components shared by the browser extension and VS Code.
 * Importing a component module defines its custom element (guarded, so twice is harmless).
 */
export { themeTokens, controlStyles } from './common/tokens';
export { RecordSaver, saverFor, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS } from './common/record-saver';
export type { SaveState, ChangeContextSource } from './common/record-saver';
export { VisibilityGuard, supportsVisibilityTracking } from './common/visibility-guard';
export { CnSaveStatus } from './save-status/save-status';
export { CnConfirmAction } from './confirm-action/confirm-action';
export { CnDebrief } from './debrief/debrief';
export { CnFeedbackComposer } from './feedback-composer/feedback-composer';
export { CnActionList } from './action-list/action-list';
export { CnObservationItem } from './observation-item/observation-item';
export type { ObservationEdit, ObservationView } from './observation-item/observation-item';
export { CnCoverage } from './coverage/coverage';
export { CnObserve, CAPTURE_KEYS } from './observe/observe';
export { CnPrepare } from './prepare/prepare';
export { CnSessionPicker } from './session-picker/session-picker';
export { CnSessionExport } from './session-export/session-export';
// The debrief with the coachee is a page of its own: its elements load from
// `@coaching-notes/shared/ui/coachee-debrief` (also the self-assessment form), so that the pages
// that import this barrel, the overlay panel first, do not carry them.
export type { CnSelfAssessment, SelfAssessmentInput } from './self-assessment/self-assessment';
export type { CnCoacheeDebrief, CoacheeSelfAssessment } from './coachee-debrief/coachee-debrief';
export { COACHEE_STEPS, type CoacheeStep } from './coachee-debrief/steps';
export { downloadText, slug } from './common/download';
export { CnObservationPanel } from './observation-panel/observation-panel';
export type { PanelHost } from './observation-panel/observation-panel';
export { anchorOf, sessionContextOf } from './observation-panel/host';
