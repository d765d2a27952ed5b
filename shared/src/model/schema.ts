/**
 * The record's shape, written once. Every record the product stores or exchanges is defined
 * here as a valibot schema; the TypeScript types in `types.ts` are inferred from these schemas,
 * the JSON Schema in `shared/schema/` is generated from them (`npm run schema`), and the limits
 * they enforce are the ones normalisation applies to what a user types (`limits.ts`).
 *
 * Library choice: valibot, because it keeps the panel bundle small. The same Observation
 * schema written in each library, bundled with esbuild 0.28 (ESM, minified, tree-shaken) and
 * gzipped (-9), measured 2026-11-22:
 *   valibot 1.5.0    8.7 kB minified, 2.9 kB gzipped
 *   zod/mini 4.6.7  28.2 kB minified, 9.0 kB gzipped
 * Details in docs/store.md; a test keeps `validateRecord`'s bundle under budget.
 *
 * Objects are strict (unknown keys are refused), nested ones included, so a record that
 * validates is exactly what the types say.
 */
import * as v from 'valibot';
import { LAST_DATE, isCalendarDate, isDateOnly } from './dates';
import { ID_PATTERN } from './ids';
import {
  MAX_ACTION_LENGTH,
  MAX_ANSWERS,
  MAX_ANSWER_LENGTH,
  MAX_CADENCE_DAYS,
  MAX_CONFLICTS,
  MAX_DEPTH,
  MAX_FEEDBACK_NOTE_LENGTH,
  MAX_FOLLOW_UP_DATES,
  MAX_GOAL_STATEMENT_LENGTH,
  MAX_IDS,
  MAX_KEY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OBSERVATION_LENGTH,
  MAX_PLANNED_CONVERSATIONS,
  MAX_REVISION_ACTORS,
  MAX_ROLE_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_SUCCESS_CRITERION_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  textLength,
} from './limits';
import {
  ACTION_STATUSES,
  CADENCE_KINDS,
  CONTEXT_KINDS,
  GOAL_STATUSES,
  OBSERVATION_KINDS,
  PREP_CHECKS,
  RECORD_TYPES,
  RESPONSE_KINDS,
  RESPONSE_SUBJECTS,
  SESSION_KINDS,
  SESSION_STATUSES,
  TRACK_KINDS,
  TRACK_STATUSES,
  VISIBILITIES,
  type RecordType,
  type StoredRecord,
} from './types';

/** Keys that could reach an object's prototype when a record is copied or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

// ---------------------------------------------------------------------------------------------
// Building blocks

const TIMESTAMP_RE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const KEY_RE = /^[A-Za-z0-9._:-]+$/;

/**
 * At most `max` characters as a person counts them (see `textLength`). `maxChars` on the
 * action is what the JSON Schema generator turns into `maxLength`, which counts the same way.
 */
function maxChars(max: number) {
  return Object.assign(
    v.check((text: string) => textLength(text) <= max, 'is too long'),
    { maxChars: max },
  );
}

/** A check that the day exists; marked so the JSON Schema generator knows it keeps only the pattern. */
function calendarDay(isDay: (value: string) => boolean, message: string) {
  return Object.assign(v.check(isDay, message), { calendarDay: true });
}

export const idSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be a UUID'),
  v.description('UUID (v7 for new records: ids sort by creation).'),
);
const idsSchema = v.pipe(v.array(idSchema), v.maxLength(MAX_IDS, `at most ${MAX_IDS} ids`));
export const timestampSchema = v.pipe(
  v.string(),
  v.regex(TIMESTAMP_RE, 'must be an ISO 8601 UTC timestamp'),
  calendarDay((at: string) => isDateOnly(at.slice(0, 10)), 'is not a day in the calendar'),
  v.description('ISO 8601 instant in UTC.'),
);
export const dateSchema = v.pipe(
  v.string(),
  v.regex(DATE_RE, 'must be a date YYYY-MM-DD'),
  calendarDay(isCalendarDate, `is not a day in the calendar between 1000-01-01 and ${LAST_DATE}`),
);
/**
 * Text of at most `max` characters. Only a name must be non-empty in a file: the other texts a
 * user must fill (titles, note text) are required by normalisation when typed, but a file
 * whose note text is empty still reads, so that one blank line loses no one's notes.
 */
const text = (max: number, required = false) =>
  required
    ? v.pipe(v.string(), v.minLength(1, 'must not be empty'), maxChars(max))
    : v.pipe(v.string(), maxChars(max));
const shortText = text(MAX_SHORT_TEXT_LENGTH);
const urlText = text(MAX_URL_LENGTH);
export const keySchema = v.pipe(
  v.string(),
  v.maxLength(MAX_KEY_LENGTH, 'key is too long'),
  v.regex(KEY_RE, 'key has characters other than letters, digits and . _ : -'),
);
const countSchema = v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(0));
const answersSchema = v.pipe(
  v.record(keySchema, text(MAX_ANSWER_LENGTH)),
  v.maxEntries(MAX_ANSWERS, `at most ${MAX_ANSWERS} answers`),
);

/**
 * A version vector: per replica (one browser profile or VS Code install), how many edits of
 * this record it has made. One version descends from another when its vector dominates; two
 * versions are concurrent when neither does. The shared-file merge relies on this.
 */
export const revisionSchema = v.pipe(
  v.record(
    keySchema,
    v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(1, 'must be at least 1')),
  ),
  v.maxEntries(MAX_REVISION_ACTORS, 'has too many replicas'),
  v.description(
    'Version vector: edits per replica. A record with conflicts has the join of all its versions.',
  ),
);

/** Fields every stored record carries besides its type. */
const identityEntries = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  rev: revisionSchema,
};
export const identitySchema = v.strictObject(identityEntries);

/** A deleted record. Carries no personal text. */
export const tombstoneSchema = v.strictObject({
  type: v.picklist(RECORD_TYPES),
  ...identityEntries,
  deleted: v.literal(true),
});

// ---------------------------------------------------------------------------------------------
// Record content, per type (everything but type, identity and conflicts)

/** Coachee, coach or peer. Deliberately minimal personal data: a display name and a role. */
const personContent = {
  displayName: text(MAX_NAME_LENGTH, true),
  /** Free text, e.g. "account manager", "tech lead". */
  role: v.optional(text(MAX_ROLE_LENGTH)),
  /**
   * The replicas (the keys of `rev`: one browser profile or VS Code install each) this person
   * writes from. Claimed once per device; it is how a version's editor is known.
   */
  actorIds: v.optional(
    v.pipe(v.array(keySchema), v.maxLength(MAX_REVISION_ACTORS, 'has too many replicas')),
  ),
  /**
   * Ids of other person records that are this same person (two tools created them apart, and a
   * merge on import linked them). Both records stay; views show this one for all of them.
   */
  aliases: v.optional(idsSchema),
};

const daysSchema = v.pipe(countSchema, v.minValue(1), v.maxValue(MAX_CADENCE_DAYS));
/** How often check-ins happen. `everyDays` is required for `custom`. */
export const cadenceSchema = v.variant('kind', [
  v.strictObject({
    kind: v.picklist(CADENCE_KINDS.filter((kind) => kind !== 'custom')),
    /** Ignored: normalisation drops it. */
    everyDays: v.optional(daysSchema),
  }),
  v.strictObject({ kind: v.literal('custom'), everyDays: daysSchema }),
]);

/** A series of sessions with one or more coachees, towards goals. */
const trackContent = {
  kind: v.picklist(TRACK_KINDS),
  title: text(MAX_TITLE_LENGTH),
  coacheeIds: idsSchema,
  coachIds: idsSchema,
  status: v.picklist(TRACK_STATUSES),
  /** Template the track follows (see templates), e.g. `job-coaching-track`. */
  templateId: v.optional(shortText),
  /** Planned number of conversations ("about eight"). */
  plannedConversations: v.optional(
    v.pipe(countSchema, v.minValue(1), v.maxValue(MAX_PLANNED_CONVERSATIONS)),
  ),
  startDate: v.optional(dateSchema),
  endDate: v.optional(dateSchema),
  /** Follow-up conversations some months after the track, to see whether results hold. */
  followUpDates: v.pipe(v.array(dateSchema), v.maxLength(MAX_FOLLOW_UP_DATES)),
  cadence: v.optional(cadenceSchema),
};

/** What the coachee wants to get better at, specific and measurable. */
const goalContent = {
  trackId: idSchema,
  statement: text(MAX_GOAL_STATEMENT_LENGTH),
  successCriterion: text(MAX_SUCCESS_CRITERION_LENGTH),
  status: v.picklist(GOAL_STATUSES),
  /** Order within the track. */
  order: countSchema,
};

/** Where the observed work happens. */
export const sessionContextSchema = v.strictObject({
  kind: v.picklist(CONTEXT_KINDS),
  /** Site adapter id (`google-meet`, `salesforce`, …) or `vscode`. */
  site: v.optional(shortText),
  /** Human label: meeting title, CRM record ("Opportunity: Acme renewal"), repository name. */
  label: v.optional(shortText),
  url: v.optional(urlText),
  repository: v.optional(urlText),
});

/** Before: the coachee prepares, the coach checks that preparation. */
export const beforePhaseSchema = v.strictObject({
  /** Answers to the template's prep questions, by question id. */
  answers: answersSchema,
  prepCheck: v.picklist(PREP_CHECKS),
  focusGoalIds: idsSchema,
});

/** During: the observation window. Observations themselves are separate records. */
export const duringPhaseSchema = v.strictObject({
  startedAt: v.optional(timestampSchema),
  endedAt: v.optional(timestampSchema),
});

/** Feedback composed from observations: tops first, then one or two tips. */
export const feedbackSchema = v.strictObject({
  topIds: idsSchema,
  tipIds: idsSchema,
  /** Free wording the coach adds. */
  note: v.optional(text(MAX_FEEDBACK_NOTE_LENGTH)),
});

/** After: the fixed debrief and the feedback. */
export const afterPhaseSchema = v.strictObject({
  /** Answers to the debrief questions, by question id (see `DEBRIEF_QUESTION_IDS`). */
  debrief: answersSchema,
  feedback: feedbackSchema,
});

/** One observation, conversation, intervision meeting, pairing session or follow-up. */
const sessionContent = {
  kind: v.picklist(SESSION_KINDS),
  trackId: v.optional(idSchema),
  coacheeIds: idsSchema,
  coachIds: idsSchema,
  title: text(MAX_TITLE_LENGTH),
  /** Template id whose prep and debrief questions this session uses. */
  templateId: shortText,
  /** Planned (announced) or unannounced. */
  planned: v.boolean(),
  status: v.picklist(SESSION_STATUSES),
  /** The day it is (or was) planned for. */
  date: dateSchema,
  context: v.optional(sessionContextSchema),
  before: beforePhaseSchema,
  during: duringPhaseSchema,
  after: afterPhaseSchema,
};

/** A zero-based range in a text file. */
export const codeRangeSchema = v.strictObject({
  startLine: countSchema,
  startCharacter: countSchema,
  endLine: countSchema,
  endCharacter: countSchema,
});

/** Where on a web page an observation was made. */
export const pageAnchorSchema = v.strictObject({
  kind: v.literal('page'),
  url: v.optional(urlText),
  title: v.optional(shortText),
  site: v.optional(shortText),
  /** Context the site adapter read, e.g. "Opportunity: Acme renewal" or a meeting code. */
  label: v.optional(shortText),
});

/** Where in code an observation was made (pair programming). */
export const codeAnchorSchema = v.strictObject({
  kind: v.literal('code'),
  /** Workspace-relative path with forward slashes. */
  file: urlText,
  range: codeRangeSchema,
  commit: v.optional(shortText),
  /** Fingerprint of the anchored code, used to re-anchor after edits. */
  fingerprint: shortText,
  /** The noted code's text: follows the note across files and shows a detached note's code. */
  snippet: v.optional(text(MAX_TEXT_LENGTH)),
  /** Set when re-anchoring could not place the note; the note is kept and shown as detached. */
  detached: v.optional(v.boolean()),
});

/** Something the coach saw or heard, stamped with the moment it happened. */
const observationContent = {
  sessionId: idSchema,
  /** Denormalised from the session, for listing by track and person. */
  trackId: v.optional(idSchema),
  coacheeIds: idsSchema,
  kind: v.picklist(OBSERVATION_KINDS),
  text: text(MAX_OBSERVATION_LENGTH),
  /** Wall-clock time of the observation. */
  at: timestampSchema,
  /** Milliseconds since the session started (0 when captured before the start). */
  offsetMs: countSchema,
  goalId: v.optional(idSchema),
  /** Rubric item of the session template this observation is evidence for. */
  rubricItemId: v.optional(shortText),
  anchor: v.optional(v.variant('kind', [pageAnchorSchema, codeAnchorSchema])),
  visibility: v.picklist(VISIBILITIES),
};

/** A concrete next step with an owner and a date. */
const actionContent = {
  text: text(MAX_ACTION_LENGTH),
  /** Person who owns the action (usually the coachee, sometimes the coach). */
  ownerId: v.optional(idSchema),
  due: v.optional(dateSchema),
  status: v.picklist(ACTION_STATUSES),
  trackId: v.optional(idSchema),
  /** The session the action was agreed in. */
  sessionId: idSchema,
  observationId: v.optional(idSchema),
  coacheeIds: idsSchema,
  /** Set when status left `open`. */
  closedAt: v.optional(timestampSchema),
};

/**
 * Another person's answer to a record (they may not edit it): a reply, or an acknowledgement.
 * Its author is required: a response is nothing without the person who gave it.
 */
const responseContent = {
  kind: v.picklist(RESPONSE_KINDS),
  subjectType: v.picklist(RESPONSE_SUBJECTS),
  subjectId: idSchema,
  /** The session of the subject (the session itself for a session), for selection and views. */
  sessionId: idSchema,
  trackId: v.optional(idSchema),
  coacheeIds: idsSchema,
  /** The reply; acknowledgements have none. */
  text: v.optional(text(MAX_OBSERVATION_LENGTH)),
};

/**
 * The coachee's own view before feedback: per focus goal a rating on the 1–5 scale, and their
 * answer to "how did you experience it?". Written by the coachee (its author).
 */
const selfAssessmentContent = {
  sessionId: idSchema,
  trackId: v.optional(idSchema),
  coacheeId: idSchema,
  /** Goal id → 1 (still hard) … 5 (comes naturally). */
  ratings: v.pipe(
    v.record(
      idSchema,
      v.pipe(v.number(), v.integer('must be an integer'), v.minValue(1), v.maxValue(5)),
    ),
    v.maxEntries(MAX_IDS, `at most ${MAX_IDS} goals`),
  ),
  experience: v.optional(text(MAX_ANSWER_LENGTH)),
};

/**
 * Who wrote a record, on every record type and in every conflict version. Optional because
 * records written before authorship have neither (see `authorOf` for how they are read).
 */
const authorshipEntries = {
  /** The person who created the record; never changed by an edit. */
  authorId: v.optional(idSchema),
  /** The replica (a key of `rev`) that made this version; absent on a version never edited. */
  editedBy: v.optional(keySchema),
};

/**
 * A live record of one type: its content, its identity, and the concurrent versions the merge
 * kept. Each version's `fields` is the same content schema, so every nested field has the
 * limits of the top-level one and a version can carry no field the record type lacks (no
 * `id`, no `type`: a merge can never rename a record).
 */
function recordSchema<const T extends RecordType, E extends v.ObjectEntries>(type: T, content: E) {
  const conflictVersion = v.strictObject({
    rev: revisionSchema,
    updatedAt: timestampSchema,
    fields: v.strictObject({ ...authorshipEntries, ...content }),
  });
  return v.strictObject({
    type: v.literal(type),
    ...identityEntries,
    ...authorshipEntries,
    ...content,
    /**
     * Every concurrent version the merge found, the shown one included, each with its own
     * revision. The record's own fields show the deterministic winner; the list keeps the other
     * texts so nothing is lost until a person resolves the conflict (an edit that drops this
     * list, made with a descendant revision). See `conflictAlternatives` in exchange.
     */
    conflicts: v.optional(
      v.pipe(v.array(conflictVersion), v.maxLength(MAX_CONFLICTS, 'too many conflicts')),
    ),
  });
}

export const personSchema = recordSchema('person', personContent);
export const trackSchema = recordSchema('track', trackContent);
export const goalSchema = recordSchema('goal', goalContent);
export const sessionSchema = recordSchema('session', sessionContent);
export const observationSchema = recordSchema('observation', observationContent);
export const actionSchema = recordSchema('action', actionContent);
export const responseSchema = recordSchema('response', responseContent);
export const selfAssessmentSchema = recordSchema('selfAssessment', selfAssessmentContent);

/** The live-record schema of each type. */
export const RECORD_SCHEMAS = {
  person: personSchema,
  track: trackSchema,
  goal: goalSchema,
  session: sessionSchema,
  observation: observationSchema,
  action: actionSchema,
  response: responseSchema,
  selfAssessment: selfAssessmentSchema,
} as const;

/** One concurrent version as the merge moves it between records (see `ConflictVersion`). */
export const conflictVersionSchema = v.strictObject({
  rev: revisionSchema,
  updatedAt: timestampSchema,
  fields: v.record(v.string(), v.unknown()),
});

// ---------------------------------------------------------------------------------------------
// validateRecord

export interface ValidationIssue {
  /** Dotted path inside the record, e.g. `text`, `rev.abc`, `after.feedback.tipIds.2`. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; record: StoredRecord } | { ok: false; issues: ValidationIssue[] };

const RECORD_TYPE_SET: ReadonlySet<string> = new Set(RECORD_TYPES);

/**
 * Checks that `value` is a record or tombstone exactly as the schemas describe it, conflict
 * versions included. The record returned is a fresh copy made of plain objects and arrays.
 */
export function validateRecord(value: unknown): ValidationResult {
  const unsafe = findUnsafeValue(value, '', 0);
  if (unsafe) return { ok: false, issues: [unsafe] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('', 'must be an object');
  }
  const input = value as Record<string, unknown>;
  const type = input['type'];
  if (typeof type !== 'string' || !RECORD_TYPE_SET.has(type)) {
    return fail('type', `must be one of ${RECORD_TYPES.join(', ')}`);
  }
  const schema = 'deleted' in input ? tombstoneSchema : RECORD_SCHEMAS[type as RecordType];
  const parsed = v.safeParse(schema, input);
  return parsed.success
    ? { ok: true, record: parsed.output as StoredRecord }
    : { ok: false, issues: toIssues(parsed.issues) };
}

function toIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: messageOf(issue) }));
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  if (issue.received === 'undefined') return 'is required';
  // Valibot's default messages read "Invalid type: Expected string but received 3".
  return issue.message.replace(/^Invalid \w+: /, '').replace(/^Expected/, 'expected');
}

function fail(path: string, message: string): ValidationResult {
  return { ok: false, issues: [{ path, message }] };
}

/**
 * Records are JSON data: only plain objects, arrays, strings, finite numbers and booleans,
 * with no key that could touch a prototype. Checked before the schema because valibot
 * silently skips `__proto__` and accepts class instances as objects.
 */
function findUnsafeValue(value: unknown, path: string, depth: number): ValidationIssue | null {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return { path, message: 'must be a finite number' };
    }
    return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'
      ? { path, message: 'must be JSON data' }
      : null;
  }
  if (depth > MAX_DEPTH) return { path, message: 'is nested too deeply' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const issue = findUnsafeValue(value[i], join(path, String(i)), depth + 1);
      if (issue) return issue;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    return { path, message: 'must be a plain object' };
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: join(path, key), message: 'is a forbidden key' };
    const issue = findUnsafeValue(
      (value as Record<string, unknown>)[key],
      join(path, key),
      depth + 1,
    );
    if (issue) return issue;
  }
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
