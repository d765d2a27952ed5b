import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cadenceIntervalDays,
  completeSession,
  createSession,
  endSession,
  formatCheckInDue,
  formatTrackProgress,
  nextCheckInDate,
  nextCheckInDue,
  startSession,
  trackCheckInDue,
  trackProgress,
  type Session,
  type Track,
  coachingConversation,
  followUpConversation,
} from '@coaching-notes/shared';
import { aTrack, ctx, ctxAt } from './fixtures';

function held(track: Track, date: string, template = coachingConversation): Session {
  const at = ctxAt(`${date}T10:00:00.000Z`);
  const planned = createSession({ template, track, date }, at);
  return completeSession(endSession(startSession(planned, at), at), at);
}

describe('trackProgress', () => {
  const track = aTrack({
    kind: 'job-coaching',
    plannedConversations: 8,
    followUpDates: ['2027-03-03', '2027-06-02'],
    status: 'active',
    startDate: '2026-09-01',
    cadence: { kind: 'fortnightly' },
  });
  const sessions = [
    ...['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27'].map((d) =>
      held(track, d),
    ),
    createSession({ template: coachingConversation, track, date: '2026-11-24' }, ctx),
  ];

  it('counts held conversations against the plan and names the next follow-up', () => {
    const progress = trackProgress(track, sessions, '2026-11-22');
    expect(progress).toMatchObject({
      held: 5,
      planned: 8,
      followUpsHeld: 0,
      nextFollowUp: '2027-03-03',
      followUpOverdue: false,
      nextSession: { date: '2026-11-24' },
    });
    expect(formatTrackProgress(progress, 'en')).toBe(
      '5 of ~8 conversations, follow-up due 3 March 2027',
    );
    expect(formatTrackProgress(progress, 'nl')).toBe(
      '5 van ~8 gesprekken, opvolging op 3 maart 2027',
    );
  });

  it('leaves the year out within the same year and flags an overdue follow-up', () => {
    const progress = trackProgress(track, sessions, '2027-03-10');
    expect(progress.followUpOverdue).toBe(true);
    expect(formatTrackProgress(progress, 'en')).toBe(
      '5 of ~8 conversations, follow-up overdue since 3 March',
    );
  });

  it('a held follow-up moves on to the next follow-up date and is not a conversation', () => {
    const withFollowUp = [...sessions, held(track, '2027-03-04', followUpConversation)];
    const progress = trackProgress(track, withFollowUp, '2027-03-10');
    expect(progress).toMatchObject({ held: 5, followUpsHeld: 1, nextFollowUp: '2027-06-02' });
  });

  it('without a plan it only counts; a closed track says so', () => {
    const loose = aTrack({ status: 'closed' });
    const progress = trackProgress(loose, [held(loose, '2026-10-01')], '2026-11-22');
    expect(formatTrackProgress(progress, 'en')).toBe('Conversations held: 1, track closed');
    expect(formatTrackProgress(progress, 'nl')).toBe('Gevoerde gesprekken: 1, traject afgesloten');
  });

  it('the next check-in follows the cadence from the last held session', () => {
    const due = trackCheckInDue(track, sessions, '2026-11-22');
    expect(due).toEqual({ due: '2026-11-10', daysLeft: -12, overdue: true });
    expect(formatCheckInDue(due!, 'nl', '2026-11-22')).toBe('Check-in te laat sinds 10 november');
    expect(trackCheckInDue(aTrack(), [], '2026-11-22')).toBeUndefined();
  });
});

describe('cadence', () => {
  it('steps weekly, fortnightly, monthly and every n days', () => {
    expect(nextCheckInDate({ kind: 'weekly' }, '2026-12-29')).toBe('2027-01-05');
    expect(nextCheckInDate({ kind: 'fortnightly' }, '2026-11-22')).toBe('2026-12-06');
    expect(nextCheckInDate({ kind: 'monthly' }, '2026-01-31')).toBe('2026-02-28');
    expect(nextCheckInDate({ kind: 'monthly' }, '2028-01-31')).toBe('2028-02-29');
    expect(nextCheckInDate({ kind: 'custom', everyDays: 10 }, '2026-11-22')).toBe('2026-12-02');
    expect(cadenceIntervalDays({ kind: 'monthly' })).toBe(30);
  });

  it('counts from the start when nothing was held yet', () => {
    expect(nextCheckInDue({ kind: 'weekly' }, undefined, '2026-11-20', '2026-11-22')).toEqual({
      due: '2026-11-27',
      daysLeft: 5,
      overdue: false,
    });
    expect(nextCheckInDue(undefined, undefined, '2026-11-20', '2026-11-22')).toBeUndefined();
  });

  it('monthly steps keep the day of the month where it exists', () => {
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
