import { describe, expect, it } from 'vitest';
import {
  MAX_ACTION_LENGTH,
  MAX_ANSWER_LENGTH,
  MAX_CADENCE_DAYS,
  MAX_FEEDBACK_NOTE_LENGTH,
  MAX_FOLLOW_UP_DATES,
  MAX_GOAL_STATEMENT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OBSERVATION_LENGTH,
  MAX_PLANNED_CONVERSATIONS,
  MAX_ROLE_LENGTH,
  MAX_SUCCESS_CRITERION_LENGTH,
  MAX_TITLE_LENGTH,
  CoachingError,
  editRecord,
  validateRecord,
  type CoachingRecord,
} from '@coaching-notes/shared';
import { world } from '../store/factory';

/**
 * One limit per field: what normalisation lets a user type is exactly what validation lets a
 * store or a shared file hold. The copies used to disagree (a 366-day cadence validated but
 * could not be typed; 1,000 planned conversations against 100; 20,000 characters of note text
 * in a file against 5,000 typed, counted in different units).
 */
const w = world();
const ctx = { actor: 'limits', now: new Date('2026-02-01T00:00:00.000Z') };
/** An emoji is one character to a person and to JSON Schema, two UTF-16 code units. */
const chars = (n: number) => '🙂'.repeat(n);

type Case = [string, CoachingRecord, (value: number) => Record<string, unknown>, number];
const cases: Case[] = [
  ['person displayName', w.coachee, (n) => ({ displayName: chars(n) }), MAX_NAME_LENGTH],
  ['person role', w.coachee, (n) => ({ role: chars(n) }), MAX_ROLE_LENGTH],
  ['track title', w.track, (n) => ({ title: chars(n) }), MAX_TITLE_LENGTH],
  ['session title', w.session, (n) => ({ title: chars(n) }), MAX_TITLE_LENGTH],
  ['goal statement', w.goal, (n) => ({ statement: chars(n) }), MAX_GOAL_STATEMENT_LENGTH],
  [
    'goal successCriterion',
    w.goal,
    (n) => ({ successCriterion: chars(n) }),
    MAX_SUCCESS_CRITERION_LENGTH,
  ],
  ['observation text', w.observation, (n) => ({ text: chars(n) }), MAX_OBSERVATION_LENGTH],
  ['action text', w.action, (n) => ({ text: chars(n) }), MAX_ACTION_LENGTH],
  [
    'debrief answer',
    w.session,
    (n) => ({ after: { ...w.session.after, debrief: { 'went-well': chars(n) } } }),
    MAX_ANSWER_LENGTH,
  ],
  [
    'feedback note',
    w.session,
    (n) => ({
      after: { ...w.session.after, feedback: { topIds: [], tipIds: [], note: chars(n) } },
    }),
    MAX_FEEDBACK_NOTE_LENGTH,
  ],
  [
    'track plannedConversations',
    w.track,
    (n) => ({ plannedConversations: n }),
    MAX_PLANNED_CONVERSATIONS,
  ],
  [
    'track cadence everyDays',
    w.track,
    (n) => ({ cadence: { kind: 'custom', everyDays: n } }),
    MAX_CADENCE_DAYS,
  ],
];

describe('normalisation and validation share each limit', () => {
  it.each(cases)(
    '%s: the limit is accepted by both, one more refused by both',
    (_, record, patch, max) => {
      const edit = (n: number) => () => editRecord(record, patch(n) as never, ctx);
      expect(validateRecord(edit(max)()).ok).toBe(true);
      expect(edit(max + 1)).toThrow();
      expect(validateRecord({ ...record, ...patch(max + 1) }).ok).toBe(false);
    },
  );
});

describe('a record the core made is one the store accepts', () => {
  it('refuses, with a CoachingError, what only the schema limits (too many follow-up dates)', () => {
    const dates = Array.from(
      { length: MAX_FOLLOW_UP_DATES + 1 },
      (_, i) =>
        `2027-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
    expect(() => editRecord(w.track, { followUpDates: dates }, ctx)).toThrow(CoachingError);
    expect(validateRecord(editRecord(w.track, { followUpDates: dates.slice(1) }, ctx)).ok).toBe(
      true,
    );
  });

  it('refuses an answer id the shared file could not hold', () => {
    const answers = { 'not a key!': 'x' };
    expect(() => editRecord(w.session, { before: { ...w.session.before, answers } }, ctx)).toThrow(
      CoachingError,
    );
  });
});
