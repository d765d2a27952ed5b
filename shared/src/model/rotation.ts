import type { SessionTemplate } from './template';

/**
 * Driver/navigator rotation during a pairing session (and any template whose roles rotate),
 * as pure state so the timing rules are tested without a clock. A shell ticks it and shows
 * the due state; the interval comes from the session template unless the person overrides it.
 */
export type PairRole = 'driver' | 'navigator';
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
  /** When the swap prompt was last shown for the current turn; it is not an answer. */
  promptedAt?: number;
  swaps: number;
}

/** How long "later" postpones the swap prompt. */
export const SNOOZE_MS = 5 * 60_000;
/**
 * A prompt nobody answered (it slid into the notification centre, the window was reloaded)
 * is shown again after this long: an open prompt never blocks the next one.
 */
export const REPROMPT_MS = 5 * 60_000;
/** The longest interval a setting may ask for. */
export const MAX_ROTATION_MINUTES = 240;

/**
 * The interval for a session of `template`: the person's own setting when they made one,
 * else the template's `roles.rotateEveryMinutes`; 0 (no prompts) when neither has one.
 */
export function rotationMinutes(template: SessionTemplate, setting?: number | null): number {
  if (setting !== undefined && setting !== null) return sanitiseInterval(setting);
  return sanitiseInterval(template.roles?.rotateEveryMinutes ?? 0);
}

export function startRotation(now: number, driver: Seat, intervalMinutes: number): RotationState {
  return {
    startedAt: now,
    lastSwapAt: now,
    driver,
    intervalMinutes: sanitiseInterval(intervalMinutes),
    swaps: 0,
  };
}

/** Settings are user input: negative, fractional or absurd values fall back to sane ones. */
export function sanitiseInterval(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.min(MAX_ROTATION_MINUTES, Math.max(1, Math.round(minutes)));
}

export function nextSwapDueAt(state: RotationState): number | undefined {
  if (state.intervalMinutes === 0) return undefined;
  const due = state.lastSwapAt + state.intervalMinutes * 60_000;
  return state.snoozedUntil !== undefined ? Math.max(due, state.snoozedUntil) : due;
}

/** A swap is due from its time until someone swaps or says "later": show it all that time. */
export function isSwapDue(state: RotationState, now: number): boolean {
  const due = nextSwapDueAt(state);
  return due !== undefined && now >= due;
}

/** Due, and not prompted within the last `REPROMPT_MS`. */
export function shouldPromptSwap(state: RotationState, now: number): boolean {
  if (!isSwapDue(state, now)) return false;
  return state.promptedAt === undefined || now - state.promptedAt >= REPROMPT_MS;
}

export function markPrompted(state: RotationState, now: number): RotationState {
  return { ...state, promptedAt: now };
}

/** After a reload or crash the previous window's prompt is gone: prompt again when due. */
export function afterRestart(state: RotationState): RotationState {
  const { promptedAt: _gone, ...rest } = state;
  return rest;
}

export function swapRoles(state: RotationState, now: number): RotationState {
  const { snoozedUntil: _dropped, promptedAt: _answered, ...rest } = state;
  return {
    ...rest,
    driver: state.driver === 'coach' ? 'coachee' : 'coach',
    lastSwapAt: now,
    swaps: state.swaps + 1,
  };
}

export function snooze(state: RotationState, now: number): RotationState {
  const { promptedAt: _answered, ...rest } = state;
  return { ...rest, snoozedUntil: now + SNOOZE_MS };
}

export function withInterval(state: RotationState, intervalMinutes: number): RotationState {
  return { ...state, intervalMinutes: sanitiseInterval(intervalMinutes) };
}

export function roleOf(state: RotationState, seat: Seat): PairRole {
  return state.driver === seat ? 'driver' : 'navigator';
}
