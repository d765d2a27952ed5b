import { normaliseCadence } from './cadence';
import { CoachingError } from './errors';
import * as limits from './limits';
import { validateRecord } from './schema';
import {
  ACTION_STATUSES,
  GOAL_STATUSES,
  OBSERVATION_KINDS,
  RESPONSE_KINDS,
  SESSION_KINDS,
  SESSION_STATUSES,
  TRACK_KINDS,
  TRACK_STATUSES,
  VISIBILITIES,
  type Action,
  type CoachingRecord,
  type Goal,
  type Observation,
  type Person,
  type Response,
  type SelfAssessment,
  type Session,
  type Track,
} from './types';
import {
  freeText,
  oneOf,
  optionalDate,
  optionalText,
  requiredDate,
  requiredText,
  uniqueIds,
  wholeNumber,
} from './validate';

/**
 * Trim and check every field a user types, for creation and for edits alike, so a record that
 * passed through the core is always within the limits. Throws `CoachingError`.
 */
export function normaliseRecord<R extends CoachingRecord>(record: R): R {
  return checkedBySchema(normaliseFields(record));
}

function normaliseFields<R extends CoachingRecord>(record: R): R {
  switch (record.type) {
    case 'person':
      return normalisePerson(record) as R;
    case 'track':
      return normaliseTrack(record) as R;
    case 'goal':
      return normaliseGoal(record) as R;
    case 'session':
      return normaliseSession(record) as R;
    case 'observation':
      return normaliseObservation(record) as R;
    case 'action':
      return normaliseAction(record) as R;
    case 'response':
      return normaliseResponse(record) as R;
    case 'selfAssessment':
      return normaliseSelfAssessment(record) as R;
  }
}

/**
 * Whatever the friendlier checks above do not name (how many follow-up dates, a question id's
 * characters, …) the schema still refuses, so a record the core made is always one the store
 * and the shared file accept.
 */
function checkedBySchema<R extends CoachingRecord>(record: R): R {
  const result = validateRecord(record);
  if (result.ok) return record;
  throw new CoachingError('core.error.invalidField', { path: result.issues[0]?.path ?? '' });
}

function withOptional<R extends object, V>(record: R, key: string, value: V | undefined): R {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as R;
}

function normalisePerson(person: Person): Person {
  const out = {
    ...person,
    displayName: requiredText(person.displayName, 'displayName', limits.MAX_NAME_LENGTH),
  };
  return withOptional(out, 'role', optionalText(person.role, 'role', limits.MAX_ROLE_LENGTH));
}

function normaliseTrack(track: Track): Track {
  let out: Track = {
    ...track,
    kind: oneOf(track.kind, TRACK_KINDS, 'kind'),
    status: oneOf(track.status, TRACK_STATUSES, 'status'),
    title: requiredText(track.title, 'title', limits.MAX_TITLE_LENGTH),
    coacheeIds: uniqueIds(track.coacheeIds),
    coachIds: uniqueIds(track.coachIds),
    followUpDates: [
      ...new Set(track.followUpDates.map((d) => requiredDate(d, 'followUpDates'))),
    ].sort(),
  };
  const start = optionalDate(track.startDate, 'startDate');
  const end = optionalDate(track.endDate, 'endDate');
  if (start && end && end < start) {
    throw new CoachingError('core.error.endBeforeStart', { start, end });
  }
  out = withOptional(out, 'startDate', start);
  out = withOptional(out, 'endDate', end);
  out = withOptional(
    out,
    'plannedConversations',
    track.plannedConversations === undefined
      ? undefined
      : wholeNumber(
          track.plannedConversations,
          'plannedConversations',
          1,
          limits.MAX_PLANNED_CONVERSATIONS,
        ),
  );
  return withOptional(out, 'cadence', track.cadence && normaliseCadence(track.cadence));
}

function normaliseGoal(goal: Goal): Goal {
  return {
    ...goal,
    statement: requiredText(goal.statement, 'statement', limits.MAX_GOAL_STATEMENT_LENGTH),
    successCriterion: freeText(
      goal.successCriterion,
      'successCriterion',
      limits.MAX_SUCCESS_CRITERION_LENGTH,
    ),
    status: oneOf(goal.status, GOAL_STATUSES, 'status'),
    order: wholeNumber(goal.order, 'order', 0, Number.MAX_SAFE_INTEGER),
  };
}

function normaliseAnswers(answers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(answers)) {
    const answer = freeText(text, 'answer', limits.MAX_ANSWER_LENGTH);
    if (answer !== '') out[id] = answer;
  }
  return out;
}

function normaliseSession(session: Session): Session {
  const feedback = withOptional(
    {
      ...session.after.feedback,
      topIds: uniqueIds(session.after.feedback.topIds),
      tipIds: uniqueIds(session.after.feedback.tipIds),
    },
    'note',
    optionalText(session.after.feedback.note, 'note', limits.MAX_FEEDBACK_NOTE_LENGTH),
  );
  return {
    ...session,
    kind: oneOf(session.kind, SESSION_KINDS, 'kind'),
    status: oneOf(session.status, SESSION_STATUSES, 'status'),
    title: requiredText(session.title, 'title', limits.MAX_TITLE_LENGTH),
    date: requiredDate(session.date, 'date'),
    coacheeIds: uniqueIds(session.coacheeIds),
    coachIds: uniqueIds(session.coachIds),
    before: {
      ...session.before,
      answers: normaliseAnswers(session.before.answers),
      focusGoalIds: uniqueIds(session.before.focusGoalIds),
    },
    after: { ...session.after, debrief: normaliseAnswers(session.after.debrief), feedback },
  };
}

function normaliseObservation(observation: Observation): Observation {
  return {
    ...observation,
    kind: oneOf(observation.kind, OBSERVATION_KINDS, 'kind'),
    visibility: oneOf(observation.visibility, VISIBILITIES, 'visibility'),
    text: requiredText(observation.text, 'text', limits.MAX_OBSERVATION_LENGTH),
    offsetMs: Math.max(0, Math.round(observation.offsetMs)),
  };
}

function normaliseAction(action: Action): Action {
  const out: Action = {
    ...action,
    text: requiredText(action.text, 'text', limits.MAX_ACTION_LENGTH),
    status: oneOf(action.status, ACTION_STATUSES, 'status'),
    coacheeIds: uniqueIds(action.coacheeIds),
  };
  return withOptional(out, 'due', optionalDate(action.due, 'due'));
}

/** A reply needs its text; an acknowledgement carries none. */
function normaliseResponse(response: Response): Response {
  const kind = oneOf(response.kind, RESPONSE_KINDS, 'kind');
  const out: Response = { ...response, kind, coacheeIds: uniqueIds(response.coacheeIds) };
  return withOptional(
    out,
    'text',
    kind === 'reply'
      ? requiredText(response.text, 'text', limits.MAX_OBSERVATION_LENGTH)
      : undefined,
  );
}

function normaliseSelfAssessment(assessment: SelfAssessment): SelfAssessment {
  const ratings: Record<string, number> = {};
  for (const [goalId, rating] of Object.entries(assessment.ratings))
    ratings[goalId] = wholeNumber(rating, 'rating', 1, 5);
  return withOptional(
    { ...assessment, ratings },
    'experience',
    optionalText(assessment.experience, 'answer', limits.MAX_ANSWER_LENGTH),
  );
}
