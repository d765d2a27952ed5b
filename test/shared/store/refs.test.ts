import { describe, expect, it } from 'vitest';
import { refsOf, tombstoneOf } from '@coaching-notes/shared';
import { ACTOR, action, session, world } from './factory';

describe('refsOf', () => {
  const w = world();

  it('finds the people, track, session and date of each record type', () => {
    expect(refsOf(w.coachee)).toEqual({ personIds: [w.coachee.id], date: w.coachee.updatedAt });
    expect(refsOf(w.track)).toEqual({
      personIds: [w.coachee.id, w.coach.id],
      trackId: w.track.id,
      date: w.track.updatedAt,
    });
    expect(refsOf(w.goal)).toEqual({ personIds: [], trackId: w.track.id, date: w.goal.updatedAt });
    expect(refsOf(w.session)).toEqual({
      personIds: [w.coachee.id, w.coach.id],
      trackId: w.track.id,
      sessionId: w.session.id,
      date: '2026-01-20',
    });
    expect(refsOf(w.observation)).toEqual({
      personIds: [w.coachee.id],
      trackId: w.track.id,
      sessionId: w.session.id,
      date: w.observation.at,
    });
  });

  it('counts an action owner once and dates an action by due date, else creation', () => {
    expect(refsOf(w.action)).toMatchObject({ personIds: [w.coachee.id], date: w.action.createdAt });
    const loose = session([w.coachee.id], [w.coach.id]);
    const owned = action(loose, { ownerId: w.coach.id, due: '2026-02-01' });
    expect(refsOf(owned)).toEqual({
      personIds: [w.coachee.id, w.coach.id],
      sessionId: loose.id,
      date: '2026-02-01',
    });
    expect('trackId' in refsOf(owned)).toBe(false);
  });

  it('keeps only the identity of a tombstone', () => {
    const now = new Date('2026-02-02T00:00:00.000Z');
    expect(refsOf(tombstoneOf(w.coachee, { actor: ACTOR, now }))).toEqual({
      personIds: [w.coachee.id],
      date: now.toISOString(),
    });
    expect(refsOf(tombstoneOf(w.session, { actor: ACTOR, now }))).toEqual({
      personIds: [],
      date: now.toISOString(),
    });
  });
});
