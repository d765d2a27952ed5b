/**
 * The coaching model: every record the product stores or exchanges.
 *
 * These interfaces are the contract between the core, the store, the shared file and both
 * shells. The valibot schemas in `schema.ts` validate exactly these shapes.
 */

/** A stable record id: a UUIDv7 string (time-ordered, so ids sort by creation). */
export type Id = string;
/** An ISO 8601 timestamp in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
export type Timestamp = string;
/** A calendar date, `YYYY-MM-DD`. */
export type DateOnly = string;
/** Text in both product languages. */
export interface Localized {
  nl: string;
  en: string;
}
export type Locale = keyof Localized;
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/**
 * A version vector: per replica (one browser profile or VS Code install), how many edits of
 * this record it has made. One version descends from another when its vector dominates; two
 * versions are concurrent when neither does. The shared-file merge relies on this.
 */
export type Revision = Record<string, number>;

export const RECORD_TYPES = [
  'person',
  'track',
  'goal',
  'session',
  'observation',
  'action',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Fields every stored record carries. */
export interface RecordBase<T extends RecordType = RecordType> {
  type: T;
  id: Id;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  rev: Revision;
  /**
   * Every concurrent version the merge found, the shown one included, each with its own
   * revision. The record's own fields show the deterministic winner; the list keeps the other
   * texts so nothing is lost until a person resolves the conflict (an edit that drops this
   * list, made with a descendant revision). See `conflictAlternatives` in exchange.
   */
  conflicts?: ConflictVersion[];
}

/** One concurrent version kept by the merge (its own fields, without `conflicts`). */
export interface ConflictVersion {
  rev: Revision;
  updatedAt: Timestamp;
  /** The record's fields as that version had them (JSON object, validated as the record type). */
  fields: Record<string, unknown>;
}

/** A deleted record. Carries no personal text. */
export interface Tombstone<T extends RecordType = RecordType> {
  type: T;
  id: Id;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  rev: Revision;
  deleted: true;
}

// ---------------------------------------------------------------------------------------------
// People and tracks

/** Coachee, coach or peer. Deliberately minimal personal data: a display name and a role. */
export interface Person extends RecordBase<'person'> {
  displayName: string;
  /** Free text, e.g. "account manager", "tech lead". */
  role?: string;
}

export const TRACK_KINDS = [
  'on-the-job',
  'job-coaching',
  'intervision',
  'mentoring',
  'pair-programming',
] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

export const TRACK_STATUSES = ['intake', 'active', 'follow-up', 'closed'] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

export const CADENCE_KINDS = ['weekly', 'fortnightly', 'monthly', 'custom'] as const;
export type CadenceKind = (typeof CADENCE_KINDS)[number];

/** How often check-ins happen. `everyDays` is required for `custom`. */
export interface Cadence {
  kind: CadenceKind;
  everyDays?: number;
}

/** A series of sessions with one or more coachees, towards goals. */
export interface Track extends RecordBase<'track'> {
  kind: TrackKind;
  title: string;
  coacheeIds: Id[];
  coachIds: Id[];
  status: TrackStatus;
  /** Template the track follows (see templates), e.g. `job-coaching-track`. */
  templateId?: string;
  /** Planned number of conversations ("about eight"). */
  plannedConversations?: number;
  startDate?: DateOnly;
  endDate?: DateOnly;
  /** Follow-up conversations some months after the track, to see whether results hold. */
  followUpDates: DateOnly[];
  cadence?: Cadence;
}

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What the coachee wants to get better at, specific and measurable. */
export interface Goal extends RecordBase<'goal'> {
  trackId: Id;
  statement: string;
  successCriterion: string;
  status: GoalStatus;
  /** Order within the track. */
  order: number;
}

// ---------------------------------------------------------------------------------------------
// Sessions and their three phases

export const SESSION_KINDS = [
  'observation',
  'conversation',
  'intervision',
  'pairing',
  'follow-up',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = [
  'planned',
  'prepared',
  'in-progress',
  'debrief',
  'done',
  'skipped',
  'cancelled',
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const CONTEXT_KINDS = ['call', 'meeting', 'crm', 'code', 'other'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

/** Where the observed work happens. */
export interface SessionContext {
  kind: ContextKind;
  /** Site adapter id (`google-meet`, `salesforce`, …) or `vscode`. */
  site?: string;
  /** Human label: meeting title, CRM record ("Opportunity: Acme renewal"), repository name. */
  label?: string;
  url?: string;
  repository?: string;
}

export const PREP_CHECKS = ['unchecked', 'prepared', 'not-prepared'] as const;
export type PrepCheck = (typeof PREP_CHECKS)[number];

/** Before: the coachee prepares, the coach checks that preparation. */
export interface BeforePhase {
  /** Answers to the template's prep questions, by question id. */
  answers: Record<string, string>;
  prepCheck: PrepCheck;
  focusGoalIds: Id[];
}

/** During: the observation window. Observations themselves are separate records. */
export interface DuringPhase {
  startedAt?: Timestamp;
  endedAt?: Timestamp;
}

/** Feedback composed from observations: tops first, then one or two tips. */
export interface Feedback {
  topIds: Id[];
  tipIds: Id[];
  /** Free wording the coach adds. */
  note?: string;
}

/** After: the fixed debrief and the feedback. */
export interface AfterPhase {
  /** Answers to the debrief questions, by question id (see `DEBRIEF_QUESTION_IDS`). */
  debrief: Record<string, string>;
  feedback: Feedback;
}

/** One observation, conversation, intervision meeting, pairing session or follow-up. */
export interface Session extends RecordBase<'session'> {
  kind: SessionKind;
  trackId?: Id;
  coacheeIds: Id[];
  coachIds: Id[];
  title: string;
  /** Template id whose prep and debrief questions this session uses. */
  templateId: string;
  /** Planned (announced) or unannounced. */
  planned: boolean;
  status: SessionStatus;
  /** The day it is (or was) planned for. */
  date: DateOnly;
  context?: SessionContext;
  before: BeforePhase;
  during: DuringPhase;
  after: AfterPhase;
}

// ---------------------------------------------------------------------------------------------
// Observations and actions

export const OBSERVATION_KINDS = ['top', 'tip', 'question', 'fact', 'intervention'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const VISIBILITIES = ['private', 'shared'] as const;
/** `private`: the coach only (the default); never leaves the machine unless chosen per export. */
export type Visibility = (typeof VISIBILITIES)[number];

/** A zero-based range in a text file. */
export interface CodeRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/** Where on a web page an observation was made. */
export interface PageAnchor {
  kind: 'page';
  url?: string;
  title?: string;
  site?: string;
  /** Context the site adapter read, e.g. "Opportunity: Acme renewal" or a meeting code. */
  label?: string;
}

/** Where in code an observation was made (pair programming). */
export interface CodeAnchor {
  kind: 'code';
  /** Workspace-relative path with forward slashes. */
  file: string;
  range: CodeRange;
  commit?: string;
  /** Fingerprint of the anchored code, used to re-anchor after edits. */
  fingerprint: string;
  /**
   * The anchored lines' text when the note was placed (capped): finds the code again after a
   * small change, and shows what a detached note was about.
   */
  snippet?: string;
  /** Set when re-anchoring could not place the note; the note is kept and shown as detached. */
  detached?: boolean;
}

export type Anchor = PageAnchor | CodeAnchor;

/** Something the coach saw or heard, stamped with the moment it happened. */
export interface Observation extends RecordBase<'observation'> {
  sessionId: Id;
  /** Denormalised from the session, for listing by track and person. */
  trackId?: Id;
  coacheeIds: Id[];
  kind: ObservationKind;
  text: string;
  /** Wall-clock time of the observation. */
  at: Timestamp;
  /** Milliseconds since the session started (0 when captured before the start). */
  offsetMs: number;
  goalId?: Id;
  /** Rubric item of the session template this observation is evidence for. */
  rubricItemId?: string;
  anchor?: Anchor;
  visibility: Visibility;
}

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A concrete next step with an owner and a date. */
export interface Action extends RecordBase<'action'> {
  text: string;
  /** Person who owns the action (usually the coachee, sometimes the coach). */
  ownerId?: Id;
  due?: DateOnly;
  status: ActionStatus;
  trackId?: Id;
  /** The session the action was agreed in. */
  sessionId: Id;
  observationId?: Id;
  coacheeIds: Id[];
  /** Set when status left `open`. */
  closedAt?: Timestamp;
}

export type RecordOf<T extends RecordType> = {
  person: Person;
  track: Track;
  goal: Goal;
  session: Session;
  observation: Observation;
  action: Action;
}[T];

export type CoachingRecord = RecordOf<RecordType>;
/** A live record or a tombstone: what the store and the shared file hold. */
export type StoredRecord = CoachingRecord | Tombstone;

/** Who makes a change and when: passed to every core function that creates or edits records. */
export interface ChangeContext {
  /** The replica id of this installation (a stable random id). */
  actor: string;
  now: Date;
}
