import type { SessionTemplate } from './template';
import { toDateOnly } from './dates';
import { CoachingError } from './errors';
import { normaliseRecord } from './normalise';
import { editRecord, newRecordBase } from './records';
import type { ChangeContext, DateOnly, Id, Locale, Session, SessionContext, Track } from './types';

export interface NewSession {
  /** The template whose prep questions, rubric and debrief the session uses. */
  template: SessionTemplate;
  /** Defaults to the template's title in `locale` (English when not given). */
  title?: string;
  locale?: Locale;
  /** The session's track; its id, coachees and coaches are copied onto the session. */
  track?: Track;
  /** Overrides the track's coachees (or sets them for a session without a track). */
  coacheeIds?: Id[];
  coachIds?: Id[];
  /** `false`: an unannounced observation, which shows how the work really goes. Default true. */
  planned?: boolean;
  /** Defaults to the local date of `ctx.now`. */
  date?: DateOnly;
  context?: SessionContext;
  /** Prep answers keyed by the template's question ids. */
  answers?: Record<string, string>;
  focusGoalIds?: Id[];
}

/** A new session in status `planned`, built from a template. */
export function createSession(input: NewSession, ctx: ChangeContext): Session {
  const { template } = input;
  const answers = input.answers ?? {};
  assertQuestionIds(
    Object.keys(answers),
    template.prepQuestions.map((q) => q.id),
  );
  const session: Session = {
    ...newRecordBase('session', ctx),
    kind: template.kind,
    coacheeIds: input.coacheeIds ?? input.track?.coacheeIds ?? [],
    coachIds: input.coachIds ?? input.track?.coachIds ?? [],
    title: input.title ?? template.title[input.locale ?? 'en'],
    templateId: template.id,
    planned: input.planned ?? true,
    status: 'planned',
    date: input.date ?? toDateOnly(ctx.now),
    before: { answers, prepCheck: 'unchecked', focusGoalIds: input.focusGoalIds ?? [] },
    during: {},
    after: { debrief: {}, feedback: { topIds: [], tipIds: [] } },
  };
  if (input.track) session.trackId = input.track.id;
  if (input.context) session.context = { ...input.context };
  return normaliseRecord(session);
}

/**
 * Record the coachee's prep answers (merged into earlier ones; an empty answer clears one).
 * Only the template's question ids are accepted.
 */
export function answerPrepQuestions(
  session: Session,
  template: SessionTemplate,
  answers: Record<string, string>,
  ctx: ChangeContext,
): Session {
  assertQuestionIds(
    Object.keys(answers),
    template.prepQuestions.map((q) => q.id),
  );
  return editRecord(
    session,
    { before: { ...session.before, answers: { ...session.before.answers, ...answers } } },
    ctx,
  );
}

/** The focus goals the coach watches in this session. */
export function setFocusGoals(session: Session, goalIds: Id[], ctx: ChangeContext): Session {
  return editRecord(session, { before: { ...session.before, focusGoalIds: goalIds } }, ctx);
}

export function assertQuestionIds(given: readonly string[], known: readonly string[]): void {
  for (const id of given) {
    if (!known.includes(id)) throw new CoachingError('core.error.unknownQuestion', { id });
  }
}
