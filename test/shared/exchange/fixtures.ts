import {
  newId,
  type Observation,
  type Person,
  type Revision,
  type StoredRecord,
} from '@coaching-notes/shared';

/** A fixed session id the generated observations belong to. */
export const SESSION_ID = '0192f000-0000-7000-8000-000000000001';

/** An ISO timestamp `minutes` after a fixed start, so generated times collide on purpose. */
export function minutes(n: number): string {
  return new Date(Date.UTC(2026, 10, 2, 9, 0) + n * 60_000).toISOString();
}

export function observation(overrides: Partial<Observation> = {}): Observation {
  const now = overrides.createdAt ?? minutes(0);
  return {
    type: 'observation',
    id: overrides.id ?? newId(new Date(now)),
    createdAt: now,
    updatedAt: now,
    rev: { seed: 1 },
    sessionId: SESSION_ID,
    coacheeIds: [],
    kind: 'top',
    text: 'Opened with the client aim',
    at: now,
    offsetMs: 0,
    visibility: 'shared',
    ...overrides,
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  const now = overrides.createdAt ?? minutes(0);
  return {
    type: 'person',
    id: overrides.id ?? newId(new Date(now)),
    createdAt: now,
    updatedAt: now,
    rev: { seed: 1 },
    displayName: 'Sanne de Vries',
    ...overrides,
  };
}

export function withRev<R extends StoredRecord>(record: R, rev: Revision, updatedAt?: string): R {
  return { ...record, rev, updatedAt: updatedAt ?? record.updatedAt };
}
