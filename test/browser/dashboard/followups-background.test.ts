import { describe, expect, it } from 'vitest';
import { dueOn } from '../../../extension-browser/src/background/followups';
import { cleanPrefs } from '../../../extension-browser/src/dashboard/prefs';
import { seed } from './fixtures';

describe('background follow-ups', () => {
  it('finds the check-in, follow-up and actions due on a given day', async () => {
    const { store, track } = await seed();
    // Fortnightly after the last held session (15 October).
    expect(await dueOn(store, '2026-10-29')).toEqual([
      {
        key: `check-in:${track.id}:2026-10-29`,
        kind: 'check-in',
        title: 'Klantgesprekken',
        personIds: track.coacheeIds,
      },
    ]);
    const actionDay = await dueOn(store, '2026-11-25');
    expect(actionDay.map((i) => [i.kind, i.title])).toEqual([['action', 'Stuur de samenvatting']]);
    expect((await dueOn(store, '2027-03-03')).map((i) => i.kind)).toContain('follow-up');
    expect(await dueOn(store, '2026-10-30')).toEqual([]);
  });
  it('reads damaged preferences as reminders off', () => {
    expect(cleanPrefs({ notifications: 'yes' })).toEqual({
      version: 1,
      notifications: false,
    });
    expect(cleanPrefs(undefined).notifications).toBe(false);
  });
});
