/**
 * Every limit on a record's fields, in one place. The schema (`schema.ts`) enforces them on
 * every record the store reads or a shared file brings in, nested fields included; the
 * normalisation of what a user types (`normalise.ts`) enforces the same numbers with an error
 * in the user's language. Text lengths count characters as a person counts them (code points,
 * so an emoji counts once) — the same unit JSON Schema's `maxLength` uses.
 *
 * Generous for real notes, small enough that a pasted document, a runaway script or a hostile
 * file cannot bloat the store or exhaust memory.
 */

/** A person's display name. */
export const MAX_NAME_LENGTH = 100;
/** A person's role ("account manager"). */
export const MAX_ROLE_LENGTH = 100;
/** Track and session titles. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_GOAL_STATEMENT_LENGTH = 500;
export const MAX_SUCCESS_CRITERION_LENGTH = 500;
export const MAX_OBSERVATION_LENGTH = 5000;
/** One prep or debrief answer. */
export const MAX_ANSWER_LENGTH = 5000;
export const MAX_ACTION_LENGTH = 500;
export const MAX_FEEDBACK_NOTE_LENGTH = 5000;
/** The longest free text any field holds. */
export const MAX_TEXT_LENGTH = Math.max(
  MAX_OBSERVATION_LENGTH,
  MAX_ANSWER_LENGTH,
  MAX_FEEDBACK_NOTE_LENGTH,
);
/** Labels, site ids, template ids, rubric item ids, commits, fingerprints. */
export const MAX_SHORT_TEXT_LENGTH = 500;
export const MAX_URL_LENGTH = 4_096;

export const MAX_PLANNED_CONVERSATIONS = 100;
export const MAX_CADENCE_DAYS = 365;

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
/** Object and array nesting of one record (a record with conflicts needs 7). */
export const MAX_DEPTH = 16;

/** More tips than this in one feedback round triggers the balance warning. */
export const MAX_TIPS_PER_FEEDBACK = 2;

/** Length in characters as a person counts them (code points, so an emoji counts once). */
export function textLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}
