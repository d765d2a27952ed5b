/**
 * Upper bounds for what a user types. Generous for real notes, small enough that a pasted
 * document or a runaway script cannot bloat the store or the shared file.
 */
export const MAX_NAME_LENGTH = 100;
export const MAX_ROLE_LENGTH = 100;
export const MAX_TITLE_LENGTH = 200;
export const MAX_GOAL_STATEMENT_LENGTH = 500;
export const MAX_SUCCESS_CRITERION_LENGTH = 500;
export const MAX_OBSERVATION_LENGTH = 5000;
export const MAX_ANSWER_LENGTH = 5000;
export const MAX_ACTION_LENGTH = 500;
export const MAX_FEEDBACK_NOTE_LENGTH = 5000;
export const MAX_PLANNED_CONVERSATIONS = 100;
export const MAX_CADENCE_DAYS = 365;
/** More tips than this in one feedback round triggers the balance warning. */
export const MAX_TIPS_PER_FEEDBACK = 2;
