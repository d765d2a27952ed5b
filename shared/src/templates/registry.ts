import { CoachingError } from '../model/errors';
import type { SessionKind, TrackKind } from '../model/types';
import { clientMeetingObservation } from './client-meeting';
import { coachingConversation, followUpConversation, intakeConversation } from './conversations';
import { growMentoring } from './grow';
import { intervisionSession } from './intervision';
import { pairProgrammingSession } from './pair-programming';
import { teamMeetingObservation } from './team-meeting';
import {
  intervisionTrack,
  jobCoachingTrack,
  mentoringTrack,
  onTheJobTrack,
  pairProgrammingTrack,
} from './tracks';
import type { SessionTemplate, TrackTemplate } from '../model/template';

export const SESSION_TEMPLATES: readonly SessionTemplate[] = [
  clientMeetingObservation,
  teamMeetingObservation,
  intervisionSession,
  growMentoring,
  pairProgrammingSession,
  intakeConversation,
  coachingConversation,
  followUpConversation,
];

export const TRACK_TEMPLATES: readonly TrackTemplate[] = [
  jobCoachingTrack,
  onTheJobTrack,
  intervisionTrack,
  mentoringTrack,
  pairProgrammingTrack,
];

/** The session template a new session of a track of this kind starts from. */
export const DEFAULT_SESSION_TEMPLATE_BY_TRACK_KIND: Readonly<Record<TrackKind, string>> = {
  'on-the-job': 'client-meeting-observation',
  'job-coaching': 'coaching-conversation',
  intervision: 'intervision',
  mentoring: 'grow-mentoring',
  'pair-programming': 'pair-programming',
};

/** The track template a new track of this kind follows. */
export const DEFAULT_TRACK_TEMPLATE_BY_TRACK_KIND: Readonly<Record<TrackKind, string>> = {
  'on-the-job': 'on-the-job-track',
  'job-coaching': 'job-coaching-track',
  intervision: 'intervision-track',
  mentoring: 'mentoring-track',
  'pair-programming': 'pair-programming-track',
};

export function getSessionTemplate(id: string): SessionTemplate | undefined {
  return SESSION_TEMPLATES.find((template) => template.id === id);
}

/** Like `getSessionTemplate`, but a missing template is an error (`core.error.unknownTemplate`). */
export function requireSessionTemplate(id: string): SessionTemplate {
  const template = getSessionTemplate(id);
  if (!template) throw new CoachingError('core.error.unknownTemplate', { id });
  return template;
}

/** All session templates, or those producing sessions of `kind`. */
export function listSessionTemplates(kind?: SessionKind): SessionTemplate[] {
  return SESSION_TEMPLATES.filter((template) => kind === undefined || template.kind === kind);
}

export function getTrackTemplate(id: string): TrackTemplate | undefined {
  return TRACK_TEMPLATES.find((template) => template.id === id);
}

export function requireTrackTemplate(id: string): TrackTemplate {
  const template = getTrackTemplate(id);
  if (!template) throw new CoachingError('core.error.unknownTemplate', { id });
  return template;
}

export function listTrackTemplates(kind?: TrackKind): TrackTemplate[] {
  return TRACK_TEMPLATES.filter((template) => kind === undefined || template.kind === kind);
}

export function defaultSessionTemplateFor(kind: TrackKind): SessionTemplate {
  return requireSessionTemplate(DEFAULT_SESSION_TEMPLATE_BY_TRACK_KIND[kind]);
}

export function defaultTrackTemplateFor(kind: TrackKind): TrackTemplate {
  return requireTrackTemplate(DEFAULT_TRACK_TEMPLATE_BY_TRACK_KIND[kind]);
}
