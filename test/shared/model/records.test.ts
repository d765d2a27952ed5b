import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CoachingError,
  MAX_NAME_LENGTH,
  coachingErrorText,
  compareRevisions,
  createGoal,
  createPerson,
  createTrack,
  editRecord,
  isId,
  validateRecord,
  type Cadence,
} from '@coaching-notes/shared';
import { aTrack, ctx, ctxAt } from './fixtures';

function errorOf(fn: () => unknown): CoachingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CoachingError) return error;
    throw error;
  }
  throw new Error('expected a CoachingError');
}

describe('createPerson', () => {
  it('trims the name, sets identity, times and a first revision', () => {
    const person = createPerson(
      { displayName: '  Sanne de Vries ', role: ' account manager ' },
      ctx,
    );
    expect(person).toMatchObject({
      type: 'person',
      displayName: 'Sanne de Vries',
      role: 'account manager',
      createdAt: ctx.now.toISOString(),
      updatedAt: ctx.now.toISOString(),
      rev: { 'replica-a': 1 },
    });
    expect(isId(person.id)).toBe(true);
    expect(validateRecord(person).ok).toBe(true);
  });

  it('drops an empty role instead of storing blanks', () => {
    expect(createPerson({ displayName: 'Sanne', role: '   ' }, ctx)).not.toHaveProperty('role');
  });

  it('refuses an empty name with a key, params and texts in both languages', () => {
    const error = errorOf(() => createPerson({ displayName: '   ' }, ctx));
    expect(error.key).toBe('core.error.required');
    expect(error.message).toBe('Please fill in: Name.');
    expect(coachingErrorText(error, 'nl')).toBe('Vul dit in: Naam.');
  });

  it('refuses a name over the limit and says how long it is', () => {
    const error = errorOf(() =>
      createPerson({ displayName: 'x'.repeat(MAX_NAME_LENGTH + 1) }, ctx),
    );
    expect(error.key).toBe('core.error.tooLong');
    expect(error.params).toEqual({ length: MAX_NAME_LENGTH + 1, max: MAX_NAME_LENGTH });
  });

  it('counts characters as people do (an emoji is one)', () => {
    const name = '🙂'.repeat(MAX_NAME_LENGTH);
    expect(createPerson({ displayName: name }, ctx).displayName).toBe(name);
  });
});

describe('createTrack and createGoal', () => {
  it('starts a track at intake with no follow-ups and validates it', () => {
    const track = aTrack();
    expect(track.status).toBe('intake');
    expect(track.followUpDates).toEqual([]);
    expect(validateRecord(track).ok).toBe(true);
  });

  it('refuses an end date before the start date', () => {
    const error = errorOf(() => aTrack({ startDate: '2026-12-01', endDate: '2026-11-01' }));
    expect(error.key).toBe('core.error.endBeforeStart');
  });

  it('refuses impossible dates and a custom cadence without days', () => {
    expect(errorOf(() => aTrack({ startDate: '2026-02-30' })).key).toBe('core.error.invalidDate');
    expect(errorOf(() => aTrack({ cadence: { kind: 'custom' } as Cadence })).key).toBe(
      'core.error.invalidNumber',
    );
  });

  it('sorts and de-duplicates follow-up dates and keeps only custom everyDays', () => {
    const track = createTrack(
      {
        kind: 'job-coaching',
        title: 'Jobcoaching Sanne',
        coacheeIds: [],
        coachIds: [],
        followUpDates: ['2027-09-01', '2027-06-01', '2027-09-01'],
        cadence: { kind: 'weekly', everyDays: 3 },
      },
      ctx,
    );
    expect(track.followUpDates).toEqual(['2027-06-01', '2027-09-01']);
    expect(track.cadence).toEqual({ kind: 'weekly' });
  });

  it('creates an open goal with an empty criterion that can be filled in later', () => {
    const goal = createGoal(
      { trackId: aTrack().id, statement: ' Handle client e-mails with confidence ' },
      ctx,
    );
    expect(goal).toMatchObject({
      statement: 'Handle client e-mails with confidence',
      successCriterion: '',
      status: 'open',
      order: 0,
    });
    expect(validateRecord(goal).ok).toBe(true);
  });
});

describe('editRecord', () => {
  it('keeps id and createdAt, bumps the revision and moves updatedAt', () => {
    const person = createPerson({ displayName: 'Sanne' }, ctx);
    const later = ctxAt('2026-11-23T10:00:00.000Z', 'replica-b');
    const edited = editRecord(person, { displayName: 'Sanne V.' }, later);
    expect(edited.id).toBe(person.id);
    expect(edited.createdAt).toBe(person.createdAt);
    expect(edited.updatedAt).toBe(later.now.toISOString());
    expect(edited.rev).toEqual({ 'replica-a': 1, 'replica-b': 1 });
    expect(compareRevisions(person.rev, edited.rev)).toBe('before');
    expect(person.displayName).toBe('Sanne');
  });

  it('clears an optional field patched with undefined', () => {
    const person = createPerson({ displayName: 'Sanne', role: 'consultant' }, ctx);
    const edited = editRecord(person, { role: undefined }, ctx);
    expect(edited).not.toHaveProperty('role');
  });

  it('ignores attempts to change identity fields', () => {
    const person = createPerson({ displayName: 'Sanne' }, ctx);
    const sneaky = { id: 'other', createdAt: '2000-01-01T00:00:00.000Z', displayName: 'S' };
    const edited = editRecord(person, sneaky as never, ctx);
    expect(edited.id).toBe(person.id);
    expect(edited.createdAt).toBe(person.createdAt);
  });

  it('validates edits like creation', () => {
    const person = createPerson({ displayName: 'Sanne' }, ctx);
    expect(errorOf(() => editRecord(person, { displayName: ' ' }, ctx)).key).toBe(
      'core.error.required',
    );
  });

  it('every edit descends from the one before (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 20 }),
        (actors) => {
          let person = createPerson({ displayName: 'Sanne' }, ctx);
          for (const actor of actors) {
            const next = editRecord(person, { role: actor }, ctxAt(T0Later, actor));
            expect(compareRevisions(person.rev, next.rev)).toBe('before');
            person = next;
          }
        },
      ),
    );
  });
});

const T0Later = '2026-11-22T12:00:00.000Z';
