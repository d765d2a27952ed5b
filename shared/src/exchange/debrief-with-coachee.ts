import { CoachingError } from '../model/errors';
import { validateRecord } from '../model/schema';
import {
  createSelfAssessment,
  debriefRows,
  latestSelfAssessment,
  type DebriefGoalRow,
  type NewSelfAssessment,
} from '../model/self-assessment';
import type { Store } from '../store/port';
import { isTombstone } from '../model/revision';
import type {
  Action,
  ChangeContext,
  CoachingRecord,
  Goal,
  Id,
  Locale,
  Observation,
  Person,
  Response,
  SelfAssessment,
  Session,
  StoredRecord,
} from '../model/types';
import { renderSessionMarkdown } from './render';
import { selectForExport } from './select';

/**
 * Everything the debrief with the coachee shows, in its order: self-assessment, tops, tips,
 * actions with owners and dates, help needed; plus the side-by-side goal rows and responses.
 * Built only from what the shared file's privacy filter lets out, so a page that renders it
 * never holds a private note, not even its id.
 */
export interface CoacheeDebrief {
  session: Session;
  people: Person[];
  selfAssessments: SelfAssessment[];
  /** The session's focus goals, in the session's order. */
  goals: Goal[];
  goalRows: DebriefGoalRow[];
  tops: Observation[];
  /** The feedback's tips when the coach picked them (one or two), else every shared tip. */
  tips: Observation[];
  actions: Action[];
  /** The coachee's answer to "what help do you need from the coach?". */
  helpNeeded?: string;
  responses: Response[];
}

/** The shared material of one session for the debrief with the coachee; undefined if none. */
export function debriefForCoachee(
  records: readonly StoredRecord[],
  sessionId: Id,
): CoacheeDebrief | undefined {
  const shared = selectForExport(records).filter((r): r is CoachingRecord => !isTombstone(r));
  const found = shared.find((r): r is Session => r.type === 'session' && r.id === sessionId);
  if (!found) return undefined;
  const observations = shared.filter(
    (r): r is Observation => r.type === 'observation' && r.sessionId === sessionId,
  );
  const sharedIds = new Set(observations.map((o) => o.id));
  // The feedback pick may name private notes: their ids stay out too.
  const feedback = found.after.feedback;
  const session: Session = {
    ...found,
    after: {
      ...found.after,
      feedback: {
        ...feedback,
        topIds: feedback.topIds.filter((id) => sharedIds.has(id)),
        tipIds: feedback.tipIds.filter((id) => sharedIds.has(id)),
      },
    },
  };
  const { conflicts: _versions, ...shown } = session;
  const pick = (ids: readonly Id[], kind: 'top' | 'tip') =>
    ids.length > 0
      ? ids.flatMap((id) => observations.filter((o) => o.id === id))
      : observations.filter((o) => o.kind === kind);
  const selfAssessments = shared.filter(
    (r): r is SelfAssessment => r.type === 'selfAssessment' && r.sessionId === sessionId,
  );
  const latest = latestSelfAssessment(selfAssessments);
  const goals = shared.filter((r): r is Goal => r.type === 'goal');
  const focusGoals = session.before.focusGoalIds.flatMap(
    (id) => goals.find((g) => g.id === id) ?? [],
  );
  const personIds = new Set([...session.coacheeIds, ...session.coachIds]);
  const debrief: CoacheeDebrief = {
    session: shown,
    people: shared.filter((r): r is Person => r.type === 'person' && personIds.has(r.id)),
    selfAssessments,
    goals: focusGoals,
    goalRows: debriefRows(session, goals, observations, latest),
    tops: pick(session.after.feedback.topIds, 'top'),
    tips: pick(session.after.feedback.tipIds, 'tip'),
    actions: shared.filter((r): r is Action => r.type === 'action' && r.sessionId === sessionId),
    responses: shared.filter(
      (r): r is Response => r.type === 'response' && r.sessionId === sessionId,
    ),
  };
  const help = session.after.debrief['help-needed'];
  if (help) debrief.helpNeeded = help;
  return debrief;
}

/** The records a debrief holds, as the shared file's renderers take them. */
export function coacheeDebriefRecords(debrief: CoacheeDebrief): StoredRecord[] {
  return [
    debrief.session,
    ...debrief.people,
    ...debrief.goals,
    ...debrief.selfAssessments,
    ...debrief.tops,
    ...debrief.tips,
    ...debrief.actions,
    ...debrief.responses,
  ];
}

/**
 * The summary the coachee keeps, as Markdown: the session rendered by the shared file's own
 * Markdown renderer from the debrief's records, which hold nothing private.
 */
export function coacheeDebriefMarkdown(debrief: CoacheeDebrief, locale: Locale): string {
  return renderSessionMarkdown(coacheeDebriefRecords(debrief), debrief.session.id, locale);
}

/**
 * The debrief with the coachee from a store: only the session's own records, its focus goals
 * and its people are read, then filtered by `debriefForCoachee`.
 */
export async function loadCoacheeDebrief(
  store: Store,
  sessionId: Id,
): Promise<CoacheeDebrief | undefined> {
  const session = await store.get('session', sessionId);
  if (!session) return undefined;
  const ofSession = await Promise.all(
    (['observation', 'selfAssessment', 'action', 'response'] as const).map((type) =>
      store.list({ type, sessionId }),
    ),
  );
  const goals = await Promise.all(session.before.focusGoalIds.map((id) => store.get('goal', id)));
  const people = await Promise.all(
    [...session.coacheeIds, ...session.coachIds].map((id) => store.get('person', id)),
  );
  const records: StoredRecord[] = [session, ...ofSession.flat()];
  for (const record of [...goals, ...people]) if (record) records.push(record);
  return debriefForCoachee(records, sessionId);
}

/** A self-assessment as it arrives from a page that shows the debrief: untrusted input. */
export interface SelfAssessmentRequest extends NewSelfAssessment {
  sessionId: Id;
}

/**
 * Stores the coachee's self-assessment of a session and gives the debrief that now holds it.
 * The input comes from another context (a tab, a webview): the record is checked against the
 * schema before it is written, and the core's rules (a coachee of the session, its focus goals).
 */
export async function saveCoacheeSelfAssessment(
  store: Store,
  request: SelfAssessmentRequest,
  ctx: ChangeContext,
): Promise<CoacheeDebrief> {
  const session = await store.get('session', request.sessionId);
  if (!session) throw new CoachingError('core.error.noSession');
  const input: NewSelfAssessment = { coacheeId: request.coacheeId, ratings: request.ratings };
  if (request.experience !== undefined) input.experience = request.experience;
  const checked = validateRecord(createSelfAssessment(session, input, ctx));
  if (!checked.ok) {
    const issue = checked.issues[0]!;
    throw new CoachingError('core.error.invalidField', { path: issue.path });
  }
  await store.put(checked.record);
  return (await loadCoacheeDebrief(store, session.id))!;
}
