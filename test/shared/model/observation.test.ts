import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CoachingError,
  MAX_OBSERVATION_LENGTH,
  createObservation,
  createSession,
  editRecord,
  endSession,
  formatDuration,
  formatOffset,
  validateRecord,
  clientMeetingObservation,
} from '@coaching-notes/shared';
import { aTrack, ctx, ctxAt, runningSession } from './fixtures';

describe('createObservation', () => {
  const track = aTrack();
  const session = runningSession(track, '2026-11-22', '2026-11-22T09:00:00.000Z');

  it('stamps the moment, the offset from the start and copies coachees and track', () => {
    const observation = createObservation(
      session,
      {
        kind: 'top',
        text: '  Summarised the client need before proposing  ',
        rubricItemId: 'needs',
      },
      ctxAt('2026-11-22T09:04:07.500Z'),
    );
    expect(observation).toMatchObject({
      type: 'observation',
      sessionId: session.id,
      trackId: track.id,
      coacheeIds: track.coacheeIds,
      kind: 'top',
      text: 'Summarised the client need before proposing',
      at: '2026-11-22T09:04:07.500Z',
      offsetMs: 247_500,
      rubricItemId: 'needs',
      visibility: 'private',
    });
    expect(validateRecord(observation).ok).toBe(true);
  });

  it('takes an explicit moment (noted a little later) and clamps before the start to 0', () => {
    const later = createObservation(
      session,
      { kind: 'tip', text: 'Pause after the price', at: new Date('2026-11-22T09:10:00.000Z') },
      ctxAt('2026-11-22T09:11:00.000Z'),
    );
    expect(later.offsetMs).toBe(600_000);
    const early = createObservation(
      session,
      { kind: 'fact', text: 'Client joined late', at: new Date('2026-11-22T08:59:00.000Z') },
      ctx,
    );
    expect(early.offsetMs).toBe(0);
  });

  it('keeps page and code anchors and a shared visibility when chosen', () => {
    const observation = createObservation(
      session,
      {
        kind: 'intervention',
        text: 'Helped back on track after the objection',
        visibility: 'shared',
        anchor: { kind: 'page', site: 'salesforce', label: 'Opportunity: Acme renewal' },
      },
      ctxAt('2026-11-22T09:20:00.000Z'),
    );
    expect(observation.visibility).toBe('shared');
    expect(observation.anchor).toEqual({
      kind: 'page',
      site: 'salesforce',
      label: 'Opportunity: Acme renewal',
    });
  });

  it('can still be added during the debrief, not before the start', () => {
    const debrief = endSession(session, ctxAt('2026-11-22T10:00:00.000Z'));
    expect(
      createObservation(debrief, { kind: 'top', text: 'Remembered: warm close' }, ctx).kind,
    ).toBe('top');
    const planned = createSession({ template: clientMeetingObservation, track }, ctx);
    expect(() => createObservation(planned, { kind: 'top', text: 'x' }, ctx)).toThrow(
      CoachingError,
    );
  });

  it('refuses empty or oversized text', () => {
    expect(() => createObservation(session, { kind: 'tip', text: '  ' }, ctx)).toThrow(
      /Please fill in: Text/,
    );
    expect(() =>
      createObservation(
        session,
        { kind: 'tip', text: 'x'.repeat(MAX_OBSERVATION_LENGTH + 1) },
        ctx,
      ),
    ).toThrow(CoachingError);
  });

  it('edits keep the id', () => {
    const observation = createObservation(session, { kind: 'tip', text: 'Slow down' }, ctx);
    const edited = editRecord(observation, { kind: 'top', text: 'Good pace after all' }, ctx);
    expect(edited.id).toBe(observation.id);
    expect(edited.kind).toBe('top');
  });
});

describe('formatOffset and formatDuration', () => {
  it('shows an offset as +m:ss under an hour and +h:mm:ss from an hour: never a time of day', () => {
    expect(formatOffset(0)).toBe('+0:00');
    expect(formatOffset(247_500)).toBe('+4:07');
    expect(formatOffset(59 * 60_000 + 59_999)).toBe('+59:59');
    expect(formatOffset(3_600_000)).toBe('+1:00:00');
    expect(formatOffset(2 * 3_600_000 + 5 * 60_000 + 9_000)).toBe('+2:05:09');
    expect(formatOffset(-5)).toBe('+0:00');
  });

  it('shows a duration the way a timer reads', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('reads back to the whole seconds it was given (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 3_600_000 }), (ms) => {
        const parts = formatOffset(ms).slice(1).split(':').map(Number);
        const seconds = parts.reduce((acc, n) => acc * 60 + n, 0);
        expect(seconds).toBe(Math.floor(ms / 1000));
      }),
    );
  });
});
