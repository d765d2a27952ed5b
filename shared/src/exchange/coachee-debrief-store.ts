import { CoachingError } from '../model/errors';
import { validateRecord } from '../model/schema';
import { createSelfAssessment, type NewSelfAssessment } from '../model/self-assessment';
import type { ChangeContext, Id, StoredRecord } from '../model/types';
import type { Store } from '../store/port';
import { debriefForCoachee, type CoacheeDebrief } from './debrief-with-coachee';

// Reads and writes a Store; the debrief itself (debrief-with-coachee.ts) stays a pure function.

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
