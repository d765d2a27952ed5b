export type {
  AgendaStep,
  RoleRotation,
  RubricItem,
  SessionTemplate,
  TemplateQuestion,
  TrackStep,
  TrackTemplate,
} from '../model/template';
export { DEBRIEF_QUESTIONS, debriefQuestion } from './debrief';
export { clientMeetingObservation } from './client-meeting';
export { teamMeetingObservation } from './team-meeting';
export { intervisionSession } from './intervision';
export { growMentoring } from './grow';
export { pairProgrammingSession } from './pair-programming';
export { intakeConversation, coachingConversation, followUpConversation } from './conversations';
export {
  jobCoachingTrack,
  onTheJobTrack,
  intervisionTrack,
  mentoringTrack,
  pairProgrammingTrack,
} from './tracks';
export * from './registry';
export * from './plan';
