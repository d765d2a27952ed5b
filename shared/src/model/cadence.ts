import { addDays, addMonths, daysBetween } from './dates';
import { MAX_CADENCE_DAYS } from './limits';
import { CADENCE_KINDS, type Cadence, type DateOnly } from './types';
import { oneOf, wholeNumber } from './validate';

/** Check the cadence a user picked; `everyDays` only for `custom`, and then required. */
export function normaliseCadence(cadence: Cadence): Cadence {
  const kind = oneOf(cadence.kind, CADENCE_KINDS, 'kind');
  if (kind !== 'custom') return { kind };
  return { kind, everyDays: wholeNumber(cadence.everyDays, 'everyDays', 1, MAX_CADENCE_DAYS) };
}

/** The check-in after one held on `last`. Monthly keeps the day of the month. */
export function nextCheckInDate(cadence: Cadence, last: DateOnly): DateOnly {
  switch (cadence.kind) {
    case 'weekly':
      return addDays(last, 7);
    case 'fortnightly':
      return addDays(last, 14);
    case 'monthly':
      return addMonths(last, 1);
    case 'custom':
      return addDays(last, normaliseCadence(cadence).everyDays ?? 1);
  }
}

/** Roughly how many days lie between check-ins (monthly counts as 30), for sorting and plans. */
export function cadenceIntervalDays(cadence: Cadence): number {
  switch (cadence.kind) {
    case 'weekly':
      return 7;
    case 'fortnightly':
      return 14;
    case 'monthly':
      return 30;
    case 'custom':
      return normaliseCadence(cadence).everyDays ?? 1;
  }
}

export interface CheckInDue {
  /** The date the next check-in is due. */
  due: DateOnly;
  /** Days from `today` until `due` (negative: overdue). */
  daysLeft: number;
  overdue: boolean;
}

/**
 * When the next check-in is due: one cadence step after the last held check-in, or after
 * `since` (the track's start) when none was held yet. `undefined` without a cadence.
 */
export function nextCheckInDue(
  cadence: Cadence | undefined,
  lastCheckIn: DateOnly | undefined,
  since: DateOnly,
  today: DateOnly,
): CheckInDue | undefined {
  if (!cadence) return undefined;
  const due = lastCheckIn ? nextCheckInDate(cadence, lastCheckIn) : nextCheckInDate(cadence, since);
  const daysLeft = daysBetween(today, due);
  return { due, daysLeft, overdue: daysLeft < 0 };
}
