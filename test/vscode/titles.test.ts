import { describe, expect, it } from 'vitest';
import { clockTime, distinctTitle } from '../../extension-vscode/src/session/titles';

describe('pairing session titles', () => {
  it('gives a second session with the same title a number, and a third the next one', () => {
    const base = 'Pairing with Sam, 14:05';
    expect(distinctTitle(base, new Set())).toBe(base);
    expect(distinctTitle(base, new Set([base]))).toBe(`${base} (2)`);
    expect(distinctTitle(base, new Set([base, `${base} (2)`]))).toBe(`${base} (3)`);
  });

  it('says the local start time as HH:MM', () => {
    expect(clockTime(new Date(2026, 10, 26, 9, 7))).toBe('09:07');
    expect(clockTime(new Date(2026, 10, 26, 14, 30))).toBe('14:30');
  });
});
