import { debriefRows, latestSelfAssessment, type DebriefGoalRow } from '../model/self-assessment';
import { isTombstone } from '../model/revision';
import type {
  Action,
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
