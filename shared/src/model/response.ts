import { CoachingError } from './errors';
import { normaliseRecord } from './normalise';
import { newRecordBase } from './records';
import { isTombstone } from './revision';
import type {
  Action,
  ChangeContext,
  Id,
  Observation,
  Response,
  ResponseKind,
  Session,
  StoredRecord,
} from './types';

export interface NewResponse {
  kind: ResponseKind;
  /** Required for a reply, ignored for an acknowledgement. */
  text?: string;
}

export type Answerable = Observation | Action | Session;

/**
 * A private note is the coach's alone: nobody else sees it, so nobody answers it, and a
 * response to it could not travel without telling that it exists.
 */
export function isAnswerable(subject: Answerable): boolean {
  return subject.type !== 'observation' || subject.visibility === 'shared';
}

/**
 * A reply to, or acknowledgement of, `subject` by the person of `ctx` (required: a response
 * is someone's words). Refuses a private note.
 */
export function createResponse(
  subject: Answerable,
  input: NewResponse,
  ctx: ChangeContext,
): Response {
  if (ctx.person === undefined) throw new CoachingError('core.error.responseWithoutPerson');
  if (!isAnswerable(subject)) throw new CoachingError('core.error.responseToPrivate');
  const sessionId = subject.type === 'session' ? subject.id : subject.sessionId;
  const response: Response = {
    ...newRecordBase('response', ctx),
    kind: input.kind,
    subjectType: subject.type,
    subjectId: subject.id,
    sessionId,
    coacheeIds: [...subject.coacheeIds],
  };
  if (subject.trackId !== undefined) response.trackId = subject.trackId;
  if (input.kind === 'reply') response.text = input.text ?? '';
  return normaliseRecord(response);
}

/** The live responses to `subjectId`, oldest first. */
export function responsesTo(records: Iterable<StoredRecord>, subjectId: Id): Response[] {
  const out: Response[] = [];
  for (const record of records) {
    if (!isTombstone(record) && record.type === 'response' && record.subjectId === subjectId)
      out.push(record);
  }
  return out.sort(
    (a, b) =>
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
}
