import { assertQuestionIds } from './session';
import { editRecord } from './records';
import type { ChangeContext, Session } from './types';

/**
 * The fixed debrief after every session, in this order: how the coachee experienced it, how
 * the coach did, what the coach saw and heard, what went well, what can be better, which
 * actions the coachee picks up, and what help the coachee needs from the coach.
 */
export const DEBRIEF_QUESTION_IDS = [
  'coachee-experience',
  'coach-experience',
  'seen-and-heard',
  'went-well',
  'can-be-better',
  'actions',
  'help-needed',
] as const;
export type DebriefQuestionId = (typeof DEBRIEF_QUESTION_IDS)[number];

export type DebriefAnswers = Partial<Record<DebriefQuestionId, string>>;

/** Merge answers into the session's debrief; an empty answer clears that question. */
export function answerDebrief(
  session: Session,
  answers: DebriefAnswers,
  ctx: ChangeContext,
): Session {
  assertQuestionIds(Object.keys(answers), DEBRIEF_QUESTION_IDS);
  return editRecord(
    session,
    { after: { ...session.after, debrief: { ...session.after.debrief, ...answers } } },
    ctx,
  );
}

/** Debrief questions without an answer yet, in the debrief's order. */
export function unansweredDebriefQuestions(session: Session): DebriefQuestionId[] {
  return DEBRIEF_QUESTION_IDS.filter((id) => !session.after.debrief[id]?.trim());
}

/**
 * The action points written in the debrief's `actions` answer, one per line, with list
 * markers ("-", "*", "•", "1.", "[ ]") removed. The shell shows them as drafts; each one the
 * coach confirms becomes an Action via `actionsFromDebrief`.
 */
export function draftActionsFromDebrief(session: Session): string[] {
  const text = session.after.debrief['actions'] ?? '';
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)]|\[[ xX]?\])\s*/, '').trim())
    .filter((line) => line !== '');
}
