import { describe, expect, it } from 'vitest';
import {
  SNOOZE_MS,
  markPrompting,
  nextSwapDueAt,
  roleOf,
  sanitiseInterval,
  shouldPromptSwap,
  snooze,
  startRotation,
  swapRoles,
  withInterval,
} from '../../extension-vscode/src/session/rotation';

const MIN = 60_000;

describe('rotation', () => {
  it('prompts once the interval has passed, and only once per turn', () => {
    let state = startRotation(0, 'coachee', 15);
    expect(shouldPromptSwap(state, 15 * MIN - 1)).toBe(false);
    expect(shouldPromptSwap(state, 15 * MIN)).toBe(true);
    state = markPrompting(state);
    expect(shouldPromptSwap(state, 16 * MIN)).toBe(false);
  });

  it('swapping switches roles and starts a new turn', () => {
    const state = swapRoles(markPrompting(startRotation(0, 'coachee', 10)), 12 * MIN);
    expect(roleOf(state, 'coach')).toBe('driver');
    expect(roleOf(state, 'coachee')).toBe('navigator');
    expect(state.swaps).toBe(1);
    expect(nextSwapDueAt(state)).toBe(22 * MIN);
    expect(shouldPromptSwap(state, 21 * MIN)).toBe(false);
  });

  it('"later" postpones the prompt by the snooze time', () => {
    const state = snooze(markPrompting(startRotation(0, 'coach', 10)), 10 * MIN);
    expect(shouldPromptSwap(state, 10 * MIN + SNOOZE_MS - 1)).toBe(false);
    expect(shouldPromptSwap(state, 10 * MIN + SNOOZE_MS)).toBe(true);
  });

  it('an interval of 0 turns the prompt off', () => {
    const state = startRotation(0, 'coach', 0);
    expect(nextSwapDueAt(state)).toBeUndefined();
    expect(shouldPromptSwap(state, 10 * 60 * MIN)).toBe(false);
  });

  it('a changed setting applies to the current turn', () => {
    const state = withInterval(startRotation(0, 'coach', 30), 5);
    expect(shouldPromptSwap(state, 5 * MIN)).toBe(true);
  });

  it('sanitises odd settings', () => {
    expect(sanitiseInterval(-3)).toBe(0);
    expect(sanitiseInterval(Number.NaN)).toBe(0);
    expect(sanitiseInterval(0.4)).toBe(1);
    expect(sanitiseInterval(7.6)).toBe(8);
    expect(sanitiseInterval(10_000)).toBe(240);
  });
});
