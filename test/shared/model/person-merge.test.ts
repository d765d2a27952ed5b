import { describe, expect, test } from 'vitest';
import {
  createPerson,
  foldName,
  mergePersonInto,
  mergedAway,
  namesakes,
  personIds,
} from '@coaching-notes/shared';
import { ctx, ctxAt } from './fixtures';

const here = createPerson({ displayName: 'Daan Bakker', role: 'account manager' }, ctx);
const other = createPerson({ displayName: 'Bram Peeters' }, ctx);
const fromFile = createPerson({ displayName: 'daan  Bákker', role: 'team lead' }, ctx);

describe('same-named people from a shared file', () => {
  test('a new person with the name of someone here is a namesake, whatever the case or accents', () => {
    expect(foldName(' Daan  Bákker ')).toBe('daan bakker');
    expect(namesakes([fromFile], [here, other])).toEqual([
      { incoming: fromFile, existing: [here] },
    ]);
    const stranger = createPerson({ displayName: 'Eva Smit' }, ctx);
    expect(namesakes([stranger], [here, other])).toEqual([]);
  });

  test('merging keeps both ids: the person here takes the other as an alias, once', () => {
    const later = ctxAt('2026-11-23T09:00:00.000Z');
    const merged = mergePersonInto(here, fromFile, later);
    expect(merged.id).toBe(here.id);
    expect(merged.aliases).toEqual([fromFile.id]);
    expect(personIds(merged)).toEqual([here.id, fromFile.id]);
    expect(merged.rev).not.toEqual(here.rev);
    expect(mergePersonInto(merged, fromFile, later).aliases).toEqual([fromFile.id]);
    // The merged-away record is listed under the one it was merged into.
    expect([...mergedAway([merged, fromFile, other])]).toEqual([fromFile.id]);
    // Once linked, the same file is no longer a namesake.
    expect(namesakes([fromFile], [merged, other])).toEqual([]);
  });
});
