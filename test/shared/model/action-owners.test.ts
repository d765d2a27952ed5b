import { describe, expect, test } from 'vitest';
import { actionOwnerCandidates, createPerson, ownerNamedIn } from '@coaching-notes/shared';
import { ctx, salesPeers } from './fixtures';

const { sam, marieke, daan, track, session } = salesPeers();
const daanOther = createPerson({ displayName: 'Daan Jansen', role: 'inside sales' }, ctx);

describe('who may own an action', () => {
  test('the coachee first, then the coach, then everyone else in the track', () => {
    expect(actionOwnerCandidates(session, track)).toEqual([sam.id, marieke.id, daan.id]);
    // Without its track, the session's own people.
    expect(actionOwnerCandidates(session)).toEqual([sam.id, marieke.id]);
  });

  test('"Marieke: …" names Marieke, by first or full name, whatever the case and accents', () => {
    const people = [sam, marieke, daan];
    expect(ownerNamedIn('Marieke: belt de klant terug', people)).toBe(marieke);
    expect(ownerNamedIn('marièke de vries: stuurt de offerte', people)).toBe(marieke);
    expect(ownerNamedIn('  Sam:oefent de opening', people)).toBe(sam);
  });

  test('no owner from a line that names nobody, or a first name two people share', () => {
    expect(ownerNamedIn('Bel de klant terug', [sam, marieke])).toBeUndefined();
    expect(ownerNamedIn('Agenda: vooraf rondsturen', [sam, marieke])).toBeUndefined();
    expect(ownerNamedIn('Marieke:', [marieke])).toBeUndefined();
    expect(ownerNamedIn('Daan: belt terug', [daan, daanOther])).toBeUndefined();
    expect(ownerNamedIn('Daan Jansen: belt terug', [daan, daanOther])).toBe(daanOther);
  });
});
