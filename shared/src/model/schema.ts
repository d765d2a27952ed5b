/**
 * Validation of every stored record, used by the store on read and by import.
 *
 * Library choice: valibot, because it keeps the panel bundle small. The same Observation
 * schema written in each library, bundled with esbuild 0.28 (ESM, minified, tree-shaken) and
 * gzipped (-9), measured 2026-11-22:
 *   valibot 1.5.0    8.7 kB minified, 2.9 kB gzipped
 *   zod/mini 4.6.7  28.2 kB minified, 9.0 kB gzipped
 * All of `validateRecord` (every record type) is 14.6 kB minified, 5.0 kB gzipped. Details in
 * docs/store.md; a test keeps that bundle under budget.
 *
 * The schemas match the interfaces in `types.ts` exactly (a type-level test checks both
 * directions) and reject unknown keys, so a record that validates is what the types say.
 */
import * as v from 'valibot';
import { isId } from './ids';
import {
  ACTION_STATUSES,
  CADENCE_KINDS,
  CONTEXT_KINDS,
  GOAL_STATUSES,
  OBSERVATION_KINDS,
  PREP_CHECKS,
  RECORD_TYPES,
  SESSION_KINDS,
  SESSION_STATUSES,
  TRACK_KINDS,
  TRACK_STATUSES,
  VISIBILITIES,
  type RecordType,
  type StoredRecord,
} from './types';

// ---------------------------------------------------------------------------------------------
// Limits: generous for real use, small enough that a hostile file cannot exhaust memory.

/** Observation text, debrief and prep answers, feedback note, goal statement. */
export const MAX_TEXT_LENGTH = 20_000;
/** Names, titles, roles, labels, site ids, template ids. */
export const MAX_SHORT_TEXT_LENGTH = 500;
export const MAX_URL_LENGTH = 4_096;
/** Ids in one array (coachees, coaches, focus goals, feedback picks). */
export const MAX_IDS = 500;
/** Keys in a prep-answer or debrief map. */
export const MAX_ANSWERS = 200;
/** Length of a map key (question id, rubric item id, replica id). */
export const MAX_KEY_LENGTH = 100;
/** Replicas in one revision vector. */
export const MAX_REVISION_ACTORS = 1_000;
/** Concurrent versions kept on one record by the merge. */
export const MAX_CONFLICTS = 50;
export const MAX_FOLLOW_UP_DATES = 50;
/** Object and array nesting of one record (a record needs 5). */
export const MAX_DEPTH = 16;

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

const idSchema = v.pipe(
  v.string(),
  v.check((id: string) => isId(id), 'must be a UUID'),
);
const idsSchema = v.pipe(v.array(idSchema), v.maxLength(MAX_IDS, `at most ${MAX_IDS} ids`));
const timestampSchema = v.pipe(
  v.string(),
  v.regex(TIMESTAMP_RE, 'must be an ISO 8601 UTC timestamp'),
);
const dateSchema = v.pipe(v.string(), v.regex(DATE_RE, 'must be a date YYYY-MM-DD'));
const textSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH, 'is too long'));
const shortTextSchema = v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT_LENGTH, 'is too long'));
const urlSchema = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH, 'is too long'));
const keySchema = v.pipe(
  v.string(),
  v.maxLength(MAX_KEY_LENGTH, 'key is too long'),
  v.regex(KEY_RE, 'key has characters other than letters, digits and . _ : -'),
);
const countSchema = v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0));
const answersSchema = v.pipe(
  v.record(keySchema, textSchema),
  v.maxEntries(MAX_ANSWERS, `at most ${MAX_ANSWERS} answers`),
);

export const revisionSchema = v.pipe(
  v.record(
    keySchema,
    v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(1, 'must be at least 1')),
  ),
  v.maxEntries(MAX_REVISION_ACTORS, 'has too many replicas'),
);

export const conflictVersionSchema = v.strictObject({
  rev: revisionSchema,
  updatedAt: timestampSchema,
  // Checked against the record type's schema by `validateRecord`.
  fields: v.record(v.string(), v.unknown()),
});

const identityEntries = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  rev: revisionSchema,
};

const baseEntries = {
  ...identityEntries,
  conflicts: v.optional(
    v.pipe(v.array(conflictVersionSchema), v.maxLength(MAX_CONFLICTS, 'too many conflicts')),
  ),
};

export const tombstoneSchema = v.strictObject({
  type: v.picklist(RECORD_TYPES),
  ...identityEntries,
  deleted: v.literal(true),
});

// ---------------------------------------------------------------------------------------------
// Record content, per type (everything but the base fields)

const personEntries = {
  type: v.literal('person'),
  displayName: v.pipe(shortTextSchema, v.minLength(1, 'must not be empty')),
  role: v.optional(shortTextSchema),
};

const cadenceSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(CADENCE_KINDS),
    everyDays: v.optional(v.pipe(countSchema, v.minValue(1), v.maxValue(366))),
  }),
  v.forward(
    v.check((c) => c.kind !== 'custom' || c.everyDays !== undefined, 'custom cadence needs days'),
    ['everyDays'],
  ),
);

const trackEntries = {
  type: v.literal('track'),
  kind: v.picklist(TRACK_KINDS),
  title: shortTextSchema,
  coacheeIds: idsSchema,
  coachIds: idsSchema,
  status: v.picklist(TRACK_STATUSES),
  templateId: v.optional(shortTextSchema),
  plannedConversations: v.optional(v.pipe(countSchema, v.maxValue(1_000))),
  startDate: v.optional(dateSchema),
  endDate: v.optional(dateSchema),
  followUpDates: v.pipe(v.array(dateSchema), v.maxLength(MAX_FOLLOW_UP_DATES)),
  cadence: v.optional(cadenceSchema),
};

const goalEntries = {
  type: v.literal('goal'),
  trackId: idSchema,
  statement: textSchema,
  successCriterion: textSchema,
  status: v.picklist(GOAL_STATUSES),
  order: countSchema,
};

const sessionContextSchema = v.strictObject({
  kind: v.picklist(CONTEXT_KINDS),
  site: v.optional(shortTextSchema),
  label: v.optional(shortTextSchema),
  url: v.optional(urlSchema),
  repository: v.optional(urlSchema),
});

const sessionEntries = {
  type: v.literal('session'),
  kind: v.picklist(SESSION_KINDS),
  trackId: v.optional(idSchema),
  coacheeIds: idsSchema,
  coachIds: idsSchema,
  title: shortTextSchema,
  templateId: shortTextSchema,
  planned: v.boolean(),
  status: v.picklist(SESSION_STATUSES),
  date: dateSchema,
  context: v.optional(sessionContextSchema),
  before: v.strictObject({
    answers: answersSchema,
    prepCheck: v.picklist(PREP_CHECKS),
    focusGoalIds: idsSchema,
  }),
  during: v.strictObject({
    startedAt: v.optional(timestampSchema),
    endedAt: v.optional(timestampSchema),
  }),
  after: v.strictObject({
    debrief: answersSchema,
    feedback: v.strictObject({
      topIds: idsSchema,
      tipIds: idsSchema,
      note: v.optional(textSchema),
    }),
  }),
};

const pageAnchorSchema = v.strictObject({
  kind: v.literal('page'),
  url: v.optional(urlSchema),
  title: v.optional(shortTextSchema),
  site: v.optional(shortTextSchema),
  label: v.optional(shortTextSchema),
});

const codeAnchorSchema = v.strictObject({
  kind: v.literal('code'),
  file: urlSchema,
  range: v.strictObject({
    startLine: countSchema,
    startCharacter: countSchema,
    endLine: countSchema,
    endCharacter: countSchema,
  }),
  commit: v.optional(shortTextSchema),
  fingerprint: shortTextSchema,
  snippet: v.optional(textSchema),
  detached: v.optional(v.boolean()),
});

const observationEntries = {
  type: v.literal('observation'),
  sessionId: idSchema,
  trackId: v.optional(idSchema),
  coacheeIds: idsSchema,
  kind: v.picklist(OBSERVATION_KINDS),
  text: textSchema,
  at: timestampSchema,
  offsetMs: countSchema,
  goalId: v.optional(idSchema),
  rubricItemId: v.optional(shortTextSchema),
  anchor: v.optional(v.variant('kind', [pageAnchorSchema, codeAnchorSchema])),
  visibility: v.picklist(VISIBILITIES),
};

const actionEntries = {
  type: v.literal('action'),
  text: textSchema,
  ownerId: v.optional(idSchema),
  due: v.optional(dateSchema),
  status: v.picklist(ACTION_STATUSES),
  trackId: v.optional(idSchema),
  sessionId: idSchema,
  observationId: v.optional(idSchema),
  coacheeIds: idsSchema,
  closedAt: v.optional(timestampSchema),
};

const CONTENT_ENTRIES = {
  person: personEntries,
  track: trackEntries,
  goal: goalEntries,
  session: sessionEntries,
  observation: observationEntries,
  action: actionEntries,
} as const;

export const personSchema = v.strictObject({ ...personEntries, ...baseEntries });
export const trackSchema = v.strictObject({ ...trackEntries, ...baseEntries });
export const goalSchema = v.strictObject({ ...goalEntries, ...baseEntries });
export const sessionSchema = v.strictObject({ ...sessionEntries, ...baseEntries });
export const observationSchema = v.strictObject({ ...observationEntries, ...baseEntries });
export const actionSchema = v.strictObject({ ...actionEntries, ...baseEntries });

/** The live-record schema of each type. */
export const RECORD_SCHEMAS = {
  person: personSchema,
  track: trackSchema,
  goal: goalSchema,
  session: sessionSchema,
  observation: observationSchema,
  action: actionSchema,
} as const;

/** A conflict version's record: the type's fields with the identity of the kept record. */
const CONFLICT_SCHEMAS = Object.fromEntries(
  RECORD_TYPES.map((type) => [
    type,
    v.strictObject({ ...CONTENT_ENTRIES[type], ...identityEntries }),
  ]),
) as unknown as { [T in RecordType]: v.GenericSchema };

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
 * Checks that `value` is a record or tombstone exactly as `types.ts` describes it. The record
 * returned is a fresh copy made of plain objects and arrays only.
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
  if ('deleted' in input) return toResult(v.safeParse(tombstoneSchema, input));
  const parsed = v.safeParse(RECORD_SCHEMAS[type as RecordType], input);
  if (!parsed.success) return toResult(parsed);
  const issues = conflictIssues(parsed.output as StoredRecord & { conflicts?: unknown[] });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, record: parsed.output };
}

/** Each conflict version must itself be a valid version of the record. */
function conflictIssues(record: {
  type: RecordType;
  id: string;
  createdAt: string;
  conflicts?: unknown[];
}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const conflicts = (record.conflicts ?? []) as {
    rev: unknown;
    updatedAt: unknown;
    fields: object;
  }[];
  conflicts.forEach((conflict, index) => {
    const version = {
      ...conflict.fields,
      type: record.type,
      id: record.id,
      createdAt: record.createdAt,
      updatedAt: conflict.updatedAt,
      rev: conflict.rev,
    };
    const parsed = v.safeParse(CONFLICT_SCHEMAS[record.type], version);
    if (!parsed.success) issues.push(...toIssues(parsed.issues, `conflicts.${index}.fields`));
  });
  return issues;
}

function toResult(parsed: {
  success: boolean;
  output: unknown;
  issues?: readonly v.BaseIssue<unknown>[];
}): ValidationResult {
  return parsed.success
    ? { ok: true, record: parsed.output as StoredRecord }
    : { ok: false, issues: toIssues(parsed.issues ?? [], '') };
}

function toIssues(issues: readonly v.BaseIssue<unknown>[], prefix: string): ValidationIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    return {
      path: prefix && path ? `${prefix}.${path}` : prefix || path,
      message: messageOf(issue),
    };
  });
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
