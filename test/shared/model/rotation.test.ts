import { describe, expect, it } from 'vitest';
import {
  REPROMPT_MS,
  SNOOZE_MS,
  afterRestart,
  isSwapDue,
  markPrompted,
  nextSwapDueAt,
  pairProgrammingSession,
  roleOf,
  rotationMinutes,
  sanitiseInterval,
  shouldPromptSwap,
  snooze,
  startRotation,
  swapRoles,
  withInterval,
  type SessionTemplate,
} from '@coaching-notes/shared';

const MIN = 60_000;

describe('driver/navigator rotation', () => {
  it('takes the interval from the template’s roles.rotateEveryMinutes unless the coach set one', () => {
    expect(pairProgrammingSession.roles?.rotateEveryMinutes).toBeGreaterThan(0);
    expect(rotationMinutes(pairProgrammingSession)).toBe(
      pairProgrammingSession.roles?.rotateEveryMinutes,
    );
    expect(rotationMinutes(pairProgrammingSession, null)).toBe(
      pairProgrammingSession.roles?.rotateEveryMinutes,
    );
    const every7: SessionTemplate = {
      ...pairProgrammingSession,
      roles: { ...pairProgrammingSession.roles!, rotateEveryMinutes: 7 },
    };
    expect(rotationMinutes(every7)).toBe(7);
    expect(rotationMinutes(every7, 25)).toBe(25);
    expect(rotationMinutes(every7, 0)).toBe(0);
    const noRoles: SessionTemplate = { ...pairProgrammingSession, roles: undefined };
    expect(rotationMinutes(noRoles)).toBe(0);
  });

  it('prompts once the interval has passed, and not again at once', () => {
    let state = startRotation(0, 'coachee', 15);
    expect(shouldPromptSwap(state, 15 * MIN - 1)).toBe(false);
    expect(shouldPromptSwap(state, 15 * MIN)).toBe(true);
    state = markPrompted(state, 15 * MIN);
    expect(shouldPromptSwap(state, 16 * MIN)).toBe(false);
  });

  it('an unanswered prompt does not block the next one', () => {
    const state = markPrompted(startRotation(0, 'coachee', 15), 15 * MIN);
    expect(shouldPromptSwap(state, 15 * MIN + REPROMPT_MS - 1)).toBe(false);
    expect(shouldPromptSwap(state, 15 * MIN + REPROMPT_MS)).toBe(true);
  });

  it('stays due until someone swaps or says later', () => {
    let state = startRotation(0, 'coach', 10);
    expect(isSwapDue(state, 10 * MIN - 1)).toBe(false);
    state = markPrompted(state, 10 * MIN);
    expect(isSwapDue(state, 10 * MIN)).toBe(true);
    expect(isSwapDue(state, 60 * MIN)).toBe(true);
    expect(isSwapDue(swapRoles(state, 61 * MIN), 62 * MIN)).toBe(false);
    expect(isSwapDue(snooze(state, 61 * MIN), 62 * MIN)).toBe(false);
  });

  it('is still due after a reload, and prompts again although the old window had prompted', () => {
    const before = markPrompted(startRotation(0, 'coach', 10), 10 * MIN);
    // The state lives in VS Code's workspace state as JSON.
    const restored = afterRestart(JSON.parse(JSON.stringify(before)));
    expect(isSwapDue(restored, 11 * MIN)).toBe(true);
    expect(shouldPromptSwap(restored, 11 * MIN)).toBe(true);
  });

  it('swapping switches roles and starts a new turn', () => {
    const state = swapRoles(markPrompted(startRotation(0, 'coachee', 10), 10 * MIN), 12 * MIN);
    expect(roleOf(state, 'coach')).toBe('driver');
    expect(roleOf(state, 'coachee')).toBe('navigator');
    expect(state.swaps).toBe(1);
    expect(nextSwapDueAt(state)).toBe(22 * MIN);
    expect(shouldPromptSwap(state, 21 * MIN)).toBe(false);
    expect(shouldPromptSwap(state, 22 * MIN)).toBe(true);
  });

  it('"later" postpones the prompt by the snooze time', () => {
    const state = snooze(markPrompted(startRotation(0, 'coach', 10), 10 * MIN), 10 * MIN);
    expect(shouldPromptSwap(state, 10 * MIN + SNOOZE_MS - 1)).toBe(false);
    expect(shouldPromptSwap(state, 10 * MIN + SNOOZE_MS)).toBe(true);
  });

  it('an interval of 0 turns the prompt off', () => {
    const state = startRotation(0, 'coach', 0);
    expect(nextSwapDueAt(state)).toBeUndefined();
    expect(shouldPromptSwap(state, 10 * 60 * MIN)).toBe(false);
    expect(isSwapDue(state, 10 * 60 * MIN)).toBe(false);
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
