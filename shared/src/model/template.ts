/**
 * The shape of a session or track template. The model owns it (a session is created from a
 * template, coverage is measured against its rubric); `templates/` supplies the instances.
 */
import type { Cadence, ContextKind, Localized, SessionKind, TrackKind } from './types';

/** A question the coachee answers before the session (prep) or both answer after it. */
export interface TemplateQuestion {
  id: string;
  text: Localized;
  /** A nudge shown under the question. */
  hint?: Localized;
}

/** Something the coach watches for during the session; observations can be tagged with it. */
export interface RubricItem {
  id: string;
  label: Localized;
  /** What good looks like, in one line. */
  hint?: Localized;
}

/** One part of a structured conversation (GROW, intervision), in order. */
export interface AgendaStep {
  id: string;
  title: Localized;
  prompt: Localized;
}

/** Roles that rotate during the session (driver/navigator, case owner/facilitator). */
export interface RoleRotation {
  roles: { id: string; label: Localized; hint?: Localized }[];
  /** Suggested minutes before switching roles; absent: switch per round or per meeting. */
  rotateEveryMinutes?: number;
  note: Localized;
}

/** How one kind of session runs: before (prep questions), during (rubric), after (debrief). */
export interface SessionTemplate {
  id: string;
  kind: SessionKind;
  title: Localized;
  description: Localized;
  /** Where this work usually happens, to preselect the session context. */
  contextKind: ContextKind;
  /** Whether the coachee prepares; the prep gate applies to planned sessions of kind observation. */
  prepQuestions: TemplateQuestion[];
  rubric: RubricItem[];
  agenda: AgendaStep[];
  roles?: RoleRotation;
  /** The fixed debrief questions (the same ids for every template). */
  debriefQuestions: TemplateQuestion[];
}

/** One planned step of a track; `repeat` makes a numbered series ("Conversation {n}"). */
export interface TrackStep {
  id: string;
  /** May contain `{n}` (number in the series) and `{total}` when `repeat` is set. */
  title: Localized;
  sessionTemplateId: string;
  /** Weeks after the track's start of the (first) session. */
  atWeek: number;
  repeat?: number;
  /** Weeks between repeated sessions. */
  everyWeeks?: number;
  optional?: boolean;
  /** A follow-up after the track proper; planned as one of the track's follow-up dates. */
  followUp?: boolean;
}

export interface TrackTemplate {
  id: string;
  kind: TrackKind;
  title: Localized;
  description: Localized;
  /** "About eight": the conversations of the track proper, for progress. */
  plannedConversations?: number;
  /** Length of the track proper, before follow-ups. */
  durationMonths?: number;
  cadence?: Cadence;
  defaultSessionTemplateId: string;
  steps: TrackStep[];
}
