import { normaliseRecord } from './normalise';
import { newRecordBase } from './records';
import type { ChangeContext, Person } from './types';

export interface NewPerson {
  displayName: string;
  role?: string;
}

/** A coachee, coach or peer: a display name and an optional role, nothing more. */
export function createPerson(input: NewPerson, ctx: ChangeContext): Person {
  const person: Person = { ...newRecordBase('person', ctx), displayName: input.displayName };
  if (input.role !== undefined) person.role = input.role;
  return normaliseRecord(person);
}
