import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  tombstoneOf,
  MAX_IDS,
  MAX_OBSERVATION_LENGTH,
  validateRecord,
  type ValidationResult,
  type StoredRecord,
} from '@coaching-notes/shared';
import { ACTOR, world } from '../store/factory';

const ctx = { actor: ACTOR, now: new Date('2026-02-01T00:00:00.000Z') };

function issuesOf(result: ValidationResult) {
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.issues;
}

describe('validateRecord', () => {
  const w = world();
  const samples: StoredRecord[] = [
    w.coach,
    w.coachee,
    w.track,
    w.goal,
    w.session,
    w.observation,
    w.action,
    tombstoneOf(w.observation, ctx),
  ];

  it.each(samples.map((r) => [r.type + ('deleted' in r ? ' tombstone' : ''), r] as const))(
    'accepts a valid %s and returns an equal copy',
    (_name, record) => {
      const result = validateRecord(record);
      expect(result).toEqual({ ok: true, record });
      expect(result.ok && result.record).not.toBe(record);
    },
  );

  it('accepts records that went through JSON', () => {
    for (const record of samples) {
      expect(validateRecord(JSON.parse(JSON.stringify(record))).ok).toBe(true);
    }
  });

  it('accepts every anchor kind and a custom cadence with days', () => {
    const code = {
      ...w.observation,
      anchor: {
        kind: 'code' as const,
        file: 'src/app.ts',
        range: { startLine: 1, startCharacter: 0, endLine: 3, endCharacter: 4 },
        fingerprint: 'abc',
      },
    };
    const page = { ...w.observation, anchor: { kind: 'page' as const, url: 'https://x.test/' } };
    const cadenced = { ...w.track, cadence: { kind: 'custom' as const, everyDays: 10 } };
    for (const record of [code, page, cadenced]) expect(validateRecord(record).ok).toBe(true);
  });

  it('names the field in readable dotted paths', () => {
    const long = { ...w.observation, text: 'x'.repeat(MAX_OBSERVATION_LENGTH + 1) };
    expect(issuesOf(validateRecord(long))).toEqual([{ path: 'text', message: 'is too long' }]);

    const badRev = { ...w.observation, rev: { abc: 0 } };
    expect(issuesOf(validateRecord(badRev))[0]?.path).toBe('rev.abc');

    const badId = {
      ...w.session,
      after: { ...w.session.after, feedback: { topIds: [], tipIds: ['x'] } },
    };
    expect(issuesOf(validateRecord(badId))[0]).toEqual({
      path: 'after.feedback.tipIds.0',
      message: 'must be a UUID',
    });

    const missing: Record<string, unknown> = { ...w.goal };
    delete missing['statement'];
    expect(issuesOf(validateRecord(missing))).toEqual([
      { path: 'statement', message: 'is required' },
    ]);
  });

  it('rejects unknown fields, wrong types and unknown enum values', () => {
    expect(issuesOf(validateRecord({ ...w.coachee, email: 'sam@example.com' }))).toEqual([
      { path: 'email', message: 'is not a known field' },
    ]);
    expect(issuesOf(validateRecord({ ...w.observation, kind: 'rant' }))[0]?.path).toBe('kind');
    expect(issuesOf(validateRecord({ ...w.session, planned: 'yes' }))[0]?.path).toBe('planned');
    expect(issuesOf(validateRecord({ ...w.session, date: '2026-13-01' }))[0]?.path).toBe('date');
    expect(issuesOf(validateRecord({ ...w.observation, at: '2026-01-01 10:00' }))[0]?.path).toBe(
      'at',
    );
    expect(issuesOf(validateRecord({ ...w.coachee, type: 'note' }))[0]?.path).toBe('type');
  });

  it('enforces the id-count limit', () => {
    const ids = Array.from({ length: MAX_IDS + 1 }, () => w.coachee.id);
    expect(issuesOf(validateRecord({ ...w.track, coacheeIds: ids }))[0]?.path).toBe('coacheeIds');
  });

  it('requires the days of a custom cadence', () => {
    const track = { ...w.track, cadence: { kind: 'custom' } };
    expect(issuesOf(validateRecord(track))[0]?.path).toBe('cadence.everyDays');
  });

  it('rejects prototype keys and non-plain objects', () => {
    const proto = JSON.parse(`{"type":"person","__proto__":{"admin":true}}`) as unknown;
    expect(issuesOf(validateRecord(proto))).toEqual([
      { path: '__proto__', message: 'is a forbidden key' },
    ]);
    const ctor = { ...w.session, before: { ...w.session.before, answers: { constructor: 'x' } } };
    expect(issuesOf(validateRecord(ctor))[0]?.path).toBe('before.answers.constructor');

    class Fake {
      constructor(readonly type = 'person') {}
    }
    expect(issuesOf(validateRecord(Object.assign(new Fake(), w.coachee)))[0]?.message).toBe(
      'must be a plain object',
    );
    expect(issuesOf(validateRecord({ ...w.observation, at: new Date() }))[0]?.path).toBe('at');
    expect(issuesOf(validateRecord({ ...w.observation, offsetMs: Number.NaN }))[0]?.path).toBe(
      'offsetMs',
    );
    for (const value of [null, undefined, 'person', 3, [], new Map()]) {
      expect(validateRecord(value).ok).toBe(false);
    }
  });

  it('validates tombstones strictly: no text may remain', () => {
    const tomb = tombstoneOf(w.observation, ctx);
    expect(issuesOf(validateRecord({ ...tomb, text: 'left over' }))).toEqual([
      { path: 'text', message: 'is not a known field' },
    ]);
    expect(issuesOf(validateRecord({ ...tomb, deleted: false }))[0]?.path).toBe('deleted');
  });

  it('validates conflict versions as versions of the record', () => {
    const conflict = {
      rev: { other: 1 },
      updatedAt: '2026-01-16T10:00:00.000Z',
      fields: { ...w.observation, text: 'other wording' } as Record<string, unknown>,
    };
    for (const key of ['type', 'id', 'createdAt', 'updatedAt', 'rev']) delete conflict.fields[key];
    expect(validateRecord({ ...w.observation, conflicts: [conflict] }).ok).toBe(true);

    const bad = { ...conflict, fields: { ...conflict.fields, visibility: 'public' } };
    expect(issuesOf(validateRecord({ ...w.observation, conflicts: [bad] }))).toEqual([
      { path: 'conflicts.0.fields.visibility', message: expect.any(String) },
    ]);
    const nested = { ...conflict, fields: { ...conflict.fields, conflicts: [] } };
    expect(issuesOf(validateRecord({ ...w.observation, conflicts: [nested] }))[0]?.path).toBe(
      'conflicts.0.fields.conflicts',
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        expect(typeof validateRecord(value).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
