import { normaliseRecord } from './normalise';
import { editRecord, newRecordBase } from './records';
import type { ChangeContext, Id, Person } from './types';

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

/** A name as people match it: lower case, no diacritics, single spaces (`Marièke  de Vries` = `marieke de vries`). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every id this person goes by: their own and the records merged into them. */
export function personIds(person: Person): Id[] {
  return [person.id, ...(person.aliases ?? [])];
}

/**
 * Links `other` to `keep` as the same person: `keep` takes `other`'s ids as aliases. Neither
 * record is removed or rewritten beyond that (`other` may be another person's record from the
 * shared file), so both ids keep pointing at their sessions and views show `keep` for both.
 */
export function mergePersonInto(keep: Person, other: Person, ctx: ChangeContext): Person {
  const aliases = [...new Set([...(keep.aliases ?? []), ...personIds(other)])].filter(
    (id) => id !== keep.id,
  );
  return editRecord(keep, { aliases }, ctx);
}

/** The people merged into someone else: views list them under that someone, not on their own. */
export function mergedAway(people: readonly Person[]): Set<Id> {
  return new Set(people.flatMap((p) => p.aliases ?? []));
}

/**
 * Incoming people who have the name of a different person already here (and are not linked to
 * them yet), each with those namesakes: an import must offer to merge them, not add a second
 * "Daan Bakker" without a word.
 */
export function namesakes(
  incoming: readonly Person[],
  existing: readonly Person[],
): { incoming: Person; existing: Person[] }[] {
  const known = new Set(existing.flatMap(personIds));
  return incoming.flatMap((person) => {
    if (known.has(person.id)) return [];
    const name = foldName(person.displayName);
    const same = existing.filter((p) => foldName(p.displayName) === name);
    return same.length > 0 ? [{ incoming: person, existing: same }] : [];
  });
}
