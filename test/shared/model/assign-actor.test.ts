import { describe, expect, it } from 'vitest';
import {
  assignActor,
  authorshipIndex,
  claimActor,
  createPerson,
  type ChangeContext,
} from '@coaching-notes/shared';

const ctx = (actor: string): ChangeContext => ({ actor, now: new Date('2026-11-01T09:00:00Z') });

describe('assignActor', () => {
  it('moves a replica to the chosen person and off the one who claimed it before', () => {
    const marieke = createPerson({ displayName: 'Marieke' }, ctx('other'));
    const daan = claimActor(createPerson({ displayName: 'Daan' }, ctx('other')), ctx('laptop'));
    const writes = assignActor([marieke, daan], marieke.id, ctx('laptop'));
    expect(writes.map((p) => [p.displayName, p.actorIds])).toEqual([
      ['Marieke', ['laptop']],
      ['Daan', []],
    ]);
    // Written over the old records, the replica belongs to Marieke alone.
    const index = authorshipIndex(writes);
    expect(index.personOfActor.get('laptop')).toBe(marieke.id);
  });

  it('writes nothing when the replica is already that person’s alone', () => {
    const marieke = claimActor(createPerson({ displayName: 'Marieke' }, ctx('x')), ctx('laptop'));
    const daan = createPerson({ displayName: 'Daan' }, ctx('x'));
    expect(assignActor([marieke, daan], marieke.id, ctx('laptop'))).toEqual([]);
  });
});
