/**
 * Driver/navigator rotation for a pairing session, as pure state so the timer logic can be
 * tested without a clock. The extension ticks it once a second for the status bar.
 */
export type Role = 'driver' | 'navigator';
/** Who drives: the coach or the coachee (the other one navigates). */
export type Seat = 'coach' | 'coachee';

export interface RotationState {
  startedAt: number;
  /** When the roles last changed (the start counts as the first change). */
  lastSwapAt: number;
  driver: Seat;
  /** Minutes between prompts; 0 turns the prompt off. */
  intervalMinutes: number;
  /** A "later" answer postpones the prompt until this time. */
  snoozedUntil?: number;
  /** The prompt for the current turn is showing; no second one until answered. */
  prompting: boolean;
  swaps: number;
}

/** How long "later" postpones the swap prompt. */
export const SNOOZE_MS = 5 * 60_000;

export function startRotation(now: number, driver: Seat, intervalMinutes: number): RotationState {
  return {
    startedAt: now,
    lastSwapAt: now,
    driver,
    intervalMinutes: sanitiseInterval(intervalMinutes),
    prompting: false,
    swaps: 0,
  };
}

/** Settings are user input: negative, fractional or absurd values fall back to sane ones. */
export function sanitiseInterval(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.min(240, Math.max(1, Math.round(minutes)));
}

export function nextSwapDueAt(state: RotationState): number | undefined {
  if (state.intervalMinutes === 0) return undefined;
  const due = state.lastSwapAt + state.intervalMinutes * 60_000;
  return state.snoozedUntil !== undefined ? Math.max(due, state.snoozedUntil) : due;
}

/** True once per turn when it is time to suggest swapping (not while a prompt is open). */
export function shouldPromptSwap(state: RotationState, now: number): boolean {
  const due = nextSwapDueAt(state);
  return due !== undefined && !state.prompting && now >= due;
}

export function markPrompting(state: RotationState): RotationState {
  return { ...state, prompting: true };
}

export function swapRoles(state: RotationState, now: number): RotationState {
  const { snoozedUntil: _dropped, ...rest } = state;
  return {
    ...rest,
    driver: state.driver === 'coach' ? 'coachee' : 'coach',
    lastSwapAt: now,
    prompting: false,
    swaps: state.swaps + 1,
  };
}

export function snooze(state: RotationState, now: number): RotationState {
  return { ...state, snoozedUntil: now + SNOOZE_MS, prompting: false };
}

export function withInterval(state: RotationState, intervalMinutes: number): RotationState {
  return { ...state, intervalMinutes: sanitiseInterval(intervalMinutes) };
}

export function roleOf(state: RotationState, seat: Seat): Role {
  return state.driver === seat ? 'driver' : 'navigator';
}
