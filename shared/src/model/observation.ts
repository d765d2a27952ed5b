import { CoachingError } from './errors';
import { normaliseRecord } from './normalise';
import { newRecordBase } from './records';
import type {
  Anchor,
  ChangeContext,
  Id,
  Observation,
  ObservationKind,
  Session,
  SessionStatus,
  Visibility,
} from './types';
import { validInstant } from './validate';

export interface NewObservation {
  kind: ObservationKind;
  text: string;
  /** When it happened; defaults to `ctx.now` (a coach may note something a moment later). */
  at?: Date;
  goalId?: Id;
  rubricItemId?: string;
  anchor?: Anchor;
  /** Defaults to `private`: coach only, never exported unless chosen. */
  visibility?: Visibility;
}

/** Observations are written while the session runs, or remembered during its debrief. */
export const RECORDING_STATUSES: readonly SessionStatus[] = ['in-progress', 'debrief'];

export function canRecordObservations(session: Session): boolean {
  return RECORDING_STATUSES.includes(session.status);
}

/** Milliseconds from the session's start to `at`; 0 before the start or when not started. */
export function offsetInSession(session: Session, at: Date): number {
  const started = session.during.startedAt;
  if (!started) return 0;
  return Math.max(0, at.getTime() - Date.parse(started));
}

/**
 * Something the coach saw or heard, stamped with the moment and its offset in the session.
 * Coachees and track are copied from the session so lists by person or track need no join.
 */
export function createObservation(
  session: Session,
  input: NewObservation,
  ctx: ChangeContext,
): Observation {
  if (!canRecordObservations(session)) {
    throw new CoachingError(
      'core.error.sessionNotRecording',
      {},
      { status: `core.sessionStatus.${session.status}` },
    );
  }
  const at = input.at ?? ctx.now;
  const observation: Observation = {
    ...newRecordBase('observation', ctx),
    sessionId: session.id,
    coacheeIds: [...session.coacheeIds],
    kind: input.kind,
    text: input.text,
    at: validInstant(at, 'at'),
    offsetMs: offsetInSession(session, at),
    visibility: input.visibility ?? 'private',
  };
  if (session.trackId !== undefined) observation.trackId = session.trackId;
  if (input.goalId !== undefined) observation.goalId = input.goalId;
  if (input.rubricItemId !== undefined) observation.rubricItemId = input.rubricItemId;
  if (input.anchor !== undefined) observation.anchor = input.anchor;
  return normaliseRecord(observation);
}
