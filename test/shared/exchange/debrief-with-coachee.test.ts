import { describe, expect, it } from 'vitest';
import {
  coacheeDebriefMarkdown,
  debriefForCoachee,
  loadCoacheeDebrief,
  saveCoacheeSelfAssessment,
  isCoachingError,
  mergeIntoSharedFile,
  renderSessionMarkdown,
  createMemoryStore,
} from '@coaching-notes/shared';
import { T0, ctxAt } from '../model/fixtures';
import { CANARY, scene } from './coachee-scene';

describe('debrief with the coachee: shared material only', () => {
  it('gives self-assessment, tops, tips, actions, help needed and goal rows', () => {
    const { records, session, top, tip, self, action, reply, goal } = scene();
    const debrief = debriefForCoachee(records, session.id)!;
    expect(debrief.selfAssessments).toEqual([self]);
    expect(debrief.tops.map((o) => o.id)).toEqual([top.id]);
    expect(debrief.tips.map((o) => o.id)).toEqual([tip.id]);
    expect(debrief.actions.map((a) => a.id)).toEqual([action.id]);
    expect(debrief.helpNeeded).toBe('Review my next PR');
    expect(debrief.responses.map((r) => r.id)).toEqual([reply.id]);
    expect(debrief.goalRows).toEqual([
      {
        goalId: goal.id,
        statement: 'Name things well',
        self: 2,
        coach: { tops: 1, tips: 1, other: 0 },
      },
    ]);
    expect(debrief.people.map((p) => p.displayName).sort()).toEqual(['Daan', 'Marieke']);
  });

  it('never holds the private canary: not its text, not its id; nor does the export or Markdown', () => {
    const { records, session, secret } = scene();
    const debrief = JSON.stringify(debriefForCoachee(records, session.id));
    expect(debrief).not.toContain(CANARY);
    expect(debrief).not.toContain(secret.id);
    const file = mergeIntoSharedFile(undefined, records);
    expect(file).not.toContain(CANARY);
    for (const locale of ['en', 'nl'] as const)
      expect(renderSessionMarkdown(records, session.id, locale)).not.toContain(CANARY);
  });

  it('summary Markdown holds the self-assessment (rating, words, experience) first, and no private text', () => {
    const { records, session } = scene();
    const debrief = debriefForCoachee(records, session.id)!;
    expect(debrief.goals.map((g) => g.statement)).toEqual(['Name things well']);
    const en = coacheeDebriefMarkdown(debrief, 'en');
    expect(en).toContain('## Self-assessment by Daan');
    expect(en).toContain('- **Name things well:** 2/5 — works with help');
    expect(en).toContain('- **How did you experience it?** Nervous');
    expect(en.indexOf('Self-assessment')).toBeLessThan(en.indexOf('Clear commit messages'));
    expect(en).toContain('Extract MIN\\_TAG\\_LENGTH');
    expect(en).not.toContain(CANARY);
    const nl = coacheeDebriefMarkdown(debrief, 'nl');
    expect(nl).toContain('## Zelfbeoordeling van Daan');
    expect(nl).toContain('- **Name things well:** 2/5 — lukt met hulp');
    expect(nl).toContain('- **Hoe heb je het zelf beleefd?** Nervous');
  });

  it('the latest self-assessment counts in the Markdown when the coachee redid it', () => {
    const { records, session, goal, self } = scene();
    const redo = {
      ...self,
      id: `${self.id.slice(0, -4)}beef`,
      ratings: { [goal.id]: 4 },
      updatedAt: '2026-11-23T09:00:00.000Z',
    };
    const md = renderSessionMarkdown([...records, redo], session.id, 'en');
    expect(md).toContain('2026-11-22');
    expect(md).toContain('- **Name things well:** 4/5 — goes well');
    expect(md).not.toContain('2/5');
  });

  it('gives nothing for an unknown session', () => {
    expect(
      debriefForCoachee(scene().records, '0192f000-0000-7000-8000-000000000999'),
    ).toBeUndefined();
  });
});

describe('debrief with the coachee from a store', () => {
  async function stored() {
    const found = scene();
    const store = createMemoryStore();
    await store.putMany(found.records.filter((r) => r.id !== found.self.id));
    return { ...found, store };
  }

  it('loads what debriefForCoachee gives from all records, reading only the session', async () => {
    const { store, session, records, self } = await stored();
    const withoutSelf = records.filter((r) => r.id !== self.id);
    expect(await loadCoacheeDebrief(store, session.id)).toEqual(
      debriefForCoachee(withoutSelf, session.id),
    );
    expect(await loadCoacheeDebrief(store, '0192f000-0000-7000-8000-000000000999')).toBeUndefined();
  });

  it('saves a self-assessment authored by the coachee and returns the debrief holding it', async () => {
    const { store, session, goal, self } = await stored();
    const debrief = await saveCoacheeSelfAssessment(
      store,
      {
        sessionId: session.id,
        coacheeId: self.coacheeId,
        ratings: { [goal.id]: 3 },
        experience: 'Calm',
      },
      ctxAt('2026-11-22T11:00:00.000Z', 'coach-laptop'),
    );
    expect(debrief.selfAssessments).toHaveLength(1);
    expect(debrief.selfAssessments[0]).toMatchObject({
      authorId: self.coacheeId,
      experience: 'Calm',
    });
    expect(debrief.goalRows[0]?.self).toBe(3);
    expect(await store.list({ type: 'selfAssessment', sessionId: session.id })).toHaveLength(1);
  });

  it.each([
    [
      'a rating outside 1-5',
      (goalId: string, coacheeId: string) => ({ coacheeId, ratings: { [goalId]: 7 } }),
    ],
    [
      'a goal that is not in focus',
      (_goalId: string, coacheeId: string) => ({ coacheeId, ratings: { 'not-a-goal': 3 } }),
    ],
    [
      'someone who is not the coachee',
      (goalId: string) => ({ coacheeId: 'someone-else', ratings: { [goalId]: 3 } }),
    ],
    [
      'an over-long experience',
      (goalId: string, coacheeId: string) => ({
        coacheeId,
        ratings: { [goalId]: 3 },
        experience: 'x'.repeat(100_000),
      }),
    ],
  ])('refuses %s with a clear error and stores nothing', async (_what, input) => {
    const { store, session, goal, self } = await stored();
    const error = await saveCoacheeSelfAssessment(
      store,
      { sessionId: session.id, ...input(goal.id, self.coacheeId) },
      ctxAt(T0),
    ).catch((e: unknown) => e);
    expect(isCoachingError(error)).toBe(true);
    expect(await store.list({ type: 'selfAssessment', sessionId: session.id })).toEqual([]);
  });
});
