/**
 * Type-level contract: each schema's output is exactly its interface. A drift fails `tsc -p
 * test` (the assignments below stop compiling); the runtime test only keeps the file a test.
 */
import type * as v from 'valibot';
import { expect, it } from 'vitest';
import type {
  actionSchema,
  conflictVersionSchema,
  goalSchema,
  observationSchema,
  personSchema,
  sessionSchema,
  tombstoneSchema,
  trackSchema,
} from '../../../shared/src/model/schema';
import type {
  Action,
  ConflictVersion,
  Goal,
  Observation,
  Person,
  Session,
  Tombstone,
  Track,
} from '../../../shared/src/model/types';

type Assignable<From, To> = [From] extends [To] ? true : false;
/** Both directions, and the same field names (so an added optional field is caught too). */
type Matches<Schema extends v.GenericSchema, Interface> =
  Assignable<v.InferOutput<Schema>, Interface> extends true
    ? Assignable<Interface, v.InferOutput<Schema>> extends true
      ? Assignable<keyof v.InferOutput<Schema>, keyof Interface> extends true
        ? Assignable<keyof Interface, keyof v.InferOutput<Schema>>
        : false
      : false
    : false;

const checks: Record<string, true> = {
  person: true satisfies Matches<typeof personSchema, Person>,
  track: true satisfies Matches<typeof trackSchema, Track>,
  goal: true satisfies Matches<typeof goalSchema, Goal>,
  session: true satisfies Matches<typeof sessionSchema, Session>,
  observation: true satisfies Matches<typeof observationSchema, Observation>,
  action: true satisfies Matches<typeof actionSchema, Action>,
  tombstone: true satisfies Matches<typeof tombstoneSchema, Tombstone>,
  conflictVersion: true satisfies Matches<typeof conflictVersionSchema, ConflictVersion>,
};

// A deliberate mismatch must not compile: proves the helper can fail.
// @ts-expect-error Person has no `text`, Observation has no `displayName`.
const _mismatch: true = null as unknown as Matches<typeof personSchema, Observation>;

it('every schema output matches its interface (checked by tsc)', () => {
  expect(Object.keys(checks)).toHaveLength(8);
});
