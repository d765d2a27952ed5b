/**
 * The coaching model: every record the product stores or exchanges.
 *
 * These types are the contract between the core, the store, the shared file and both shells.
 * They are inferred from the valibot schemas in `schema.ts`, the one place a record's shape is
 * written; field documentation lives there, next to each field's limits.
 */
import type * as v from 'valibot';
import type * as schema from './schema';

type Out<S extends v.GenericSchema> = v.InferOutput<S>;
/** A stable record id: a UUIDv7 string (time-ordered, so ids sort by creation). */
export type Id = string;
/** An ISO 8601 timestamp in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
export type Timestamp = string;
/** A calendar date, `YYYY-MM-DD`. */
export type DateOnly = string;
export { LOCALES, type Locale, type Localized } from '../i18n/locale';

/** A version vector: edits of one record per replica (see `revisionSchema`). */
export type Revision = Out<typeof schema.revisionSchema>;

export const RECORD_TYPES = [
  'person',
  'track',
  'goal',
  'session',
  'observation',
  'action',
  'response',
  'selfAssessment',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * One concurrent version kept by the merge, as the merge moves it between records: its fields
 * as a plain map. Validation checks them against the record type's content schema.
 */
export type ConflictVersion = Out<typeof schema.conflictVersionSchema>;

/** Fields every stored record carries. */
export type RecordBase<T extends RecordType = RecordType> = { type: T } & Out<
  typeof schema.identitySchema
> & {
    /** The person who created the record (see `authorOf`). */
    authorId?: Id;
    /** The replica that made the current version (see `lastEditorOf`). */
    editedBy?: string;
    /** Every concurrent version the merge found (see `recordSchema` in `schema.ts`). */
    conflicts?: ConflictVersion[];
  };

/** A deleted record. Carries no personal text. */
export type Tombstone<T extends RecordType = RecordType> = Omit<
  Out<typeof schema.tombstoneSchema>,
  'type'
> & { type: T };

/** A live record as its schema infers it, with conflict versions in the merge's loose form. */
type LiveRecord<S extends v.GenericSchema> = Omit<Out<S>, 'conflicts'> & {
  conflicts?: ConflictVersion[];
};

// ---------------------------------------------------------------------------------------------
// People and tracks

/** Coachee, coach or peer. Deliberately minimal personal data: a display name and a role. */
export type Person = LiveRecord<typeof schema.personSchema>;

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
export type Cadence = Out<typeof schema.cadenceSchema>;

/** A series of sessions with one or more coachees, towards goals. */
export type Track = LiveRecord<typeof schema.trackSchema>;

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What the coachee wants to get better at, specific and measurable. */
export type Goal = LiveRecord<typeof schema.goalSchema>;

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
export type SessionContext = Out<typeof schema.sessionContextSchema>;

export const PREP_CHECKS = ['unchecked', 'prepared', 'not-prepared'] as const;
export type PrepCheck = (typeof PREP_CHECKS)[number];

/** Before: the coachee prepares, the coach checks that preparation. */
export type BeforePhase = Out<typeof schema.beforePhaseSchema>;

/** During: the observation window. Observations themselves are separate records. */
export type DuringPhase = Out<typeof schema.duringPhaseSchema>;

/** Feedback composed from observations: tops first, then one or two tips. */
export type Feedback = Out<typeof schema.feedbackSchema>;

/** After: the fixed debrief and the feedback. */
export type AfterPhase = Out<typeof schema.afterPhaseSchema>;

/** One observation, conversation, intervision meeting, pairing session or follow-up. */
export type Session = LiveRecord<typeof schema.sessionSchema>;

// ---------------------------------------------------------------------------------------------
// Observations and actions

export const OBSERVATION_KINDS = ['top', 'tip', 'question', 'fact', 'intervention'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const VISIBILITIES = ['private', 'shared'] as const;
/** `private`: the coach only (the default); never leaves the machine unless chosen per export. */
export type Visibility = (typeof VISIBILITIES)[number];

/** A zero-based range in a text file. */
export type CodeRange = Out<typeof schema.codeRangeSchema>;

/** Where on a web page an observation was made. */
export type PageAnchor = Out<typeof schema.pageAnchorSchema>;

/** Where in code an observation was made (pair programming). */
export type CodeAnchor = Out<typeof schema.codeAnchorSchema>;

export type Anchor = PageAnchor | CodeAnchor;

/** Something the coach saw or heard, stamped with the moment it happened. */
export type Observation = LiveRecord<typeof schema.observationSchema>;

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A concrete next step with an owner and a date. */
export type Action = LiveRecord<typeof schema.actionSchema>;

/**
 * How another person answers a record: a `reply` with text, or an acknowledgement without text
 * (`read`: "gelezen", `agree`: "mee eens").
 */
export const RESPONSE_KINDS = ['reply', 'read', 'agree'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
/** The record types a response may answer. */
export const RESPONSE_SUBJECTS = ['observation', 'action', 'session'] as const;
export type ResponseSubject = (typeof RESPONSE_SUBJECTS)[number];

/** A reply to, or acknowledgement of, a shared note, an action or a session. */
export type Response = LiveRecord<typeof schema.responseSchema>;

/** The self-rating scale, 1 (still hard) to 5 (comes naturally); words in the catalog. */
export const SELF_RATINGS = [1, 2, 3, 4, 5] as const;
export type SelfRating = (typeof SELF_RATINGS)[number];

/** The coachee's own view of a session, given before they see the coach's feedback. */
export type SelfAssessment = LiveRecord<typeof schema.selfAssessmentSchema>;

export type RecordOf<T extends RecordType> = {
  person: Person;
  track: Track;
  goal: Goal;
  session: Session;
  observation: Observation;
  action: Action;
  response: Response;
  selfAssessment: SelfAssessment;
}[T];

export type CoachingRecord = RecordOf<RecordType>;
/** A live record or a tombstone: what the store and the shared file hold. */
export type StoredRecord = CoachingRecord | Tombstone;

/** Who makes a change and when: passed to every core function that creates or edits records. */
export interface ChangeContext {
  /** The replica id of this installation (a stable random id). */
  actor: string;
  now: Date;
  /** The person using this installation, when known: records created here name them as author. */
  person?: Id;
}
