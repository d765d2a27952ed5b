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

/** The address of a page without its fragment: two views of one call or record share it. */
function placeOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether `here` is the call or record a session started on (`session.context`). A session
 * belongs there: the same site and page, and the same meeting or record label where both have
 * one (one Teams address serves every meeting; its label tells them apart). Where either side
 * has no page (a session started in VS Code, a panel showing no page, such as the side panel
 * next to the dashboard) no other call is being observed, so the session is at home.
 */
export function sessionBelongsHere(session: Session, here: SessionContext | undefined): boolean {
  const home = session.context;
  if (!home?.url || !here?.url) return true;
  if (home.site !== here.site || placeOf(home.url) !== placeOf(here.url)) return false;
  const a = home.label?.trim().toLocaleLowerCase();
  const b = here.label?.trim().toLocaleLowerCase();
  return !a || !b || a === b;
}
