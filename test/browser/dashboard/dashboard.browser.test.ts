import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DASHBOARD_VIEWS,
  type CnDashboard,
} from '../../../extension-browser/src/dashboard/components';
import { axeViolations, deepAll, deepFind, memoryHost, until } from './dom';
import { createSelfAssessment, type Observation } from '@coaching-notes/shared';
import { at, seed } from './fixtures';

const NOW = new Date('2026-10-20T09:00:00Z');
let counter = 0;

async function mountDashboard(options: { locale?: 'nl' | 'en'; retentionAsked?: boolean } = {}) {
  const data = await seed();
  const host = memoryHost({ retentionAsked: options.retentionAsked ?? true });
  const el = document.createElement('cn-dashboard') as CnDashboard;
  el.store = data.store;
  el.host = host;
  el.locale = options.locale ?? 'en';
  el.actor = 'dash-test';
  el.now = () => NOW;
  el.searchDbName = `dash-search-${Date.now()}-${++counter}`;
  document.body.replaceChildren(el);
  await el.updateComplete;
  // People are listed by name: Bram comes first; the tests look at Sanne's track.
  (await until(() => deepFind(el, '.list-button', 'Sanne de Vries'))).click();
  return { el, host, ...data };
}

afterEach(() => document.body.replaceChildren());

describe('cn-dashboard', () => {
  it('shows people and a track at a glance: goals, progress and the next check-in', async () => {
    const { el } = await mountDashboard();
    const progress = await until(() => deepFind(el, '.progress'));
    expect(progress.textContent).toContain('2 of ~8 conversations');
    expect(progress.textContent).toContain('follow-up due');
    expect(deepFind(el, '.check-in')?.textContent).toContain('Next check-in');
    expect(deepFind(el, 'li', 'Opent met een heldere agenda')?.textContent).toContain(
      'Agenda in de eerste twee minuten',
    );
  });

  it('has no axe violations in any view, reached by keyboard', async () => {
    const { el } = await mountDashboard();
    await until(() => deepFind(el, '.progress'));
    expect(await axeViolations()).toEqual([]);
    for (const view of DASHBOARD_VIEWS) {
      const button = deepAll(el, `nav button[data-view="${view}"]`)[0]!;
      button.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => el.view === view);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 150));
      expect([view, await axeViolations()]).toEqual([view, []]);
    }
  });

  it('creates a person and a track with a goal through the forms', async () => {
    const { el, store } = await mountDashboard();
    await until(() => deepFind(el, '.progress'));
    deepFind(el, 'button', 'New person')!.click();
    const name = await until(
      () => deepAll(el, 'input[name="displayName"]')[0] as HTMLInputElement | undefined,
    );
    await userEvent.fill(name, 'Noor Jansen');
    deepFind(el, 'form button[type="submit"]', 'Save')!.click();
    await until(() => deepFind(el, 'h2', 'Noor Jansen'));
    deepFind(el, 'button', 'New track')!.click();
    const title = await until(
      () =>
        deepAll(el, 'cn-dash-track-form input[name="title"], input[name="title"]')[0] as
          HTMLInputElement | undefined,
    );
    await userEvent.fill(title, 'Teamoverleg leiden');
    await userEvent.fill(deepAll(el, 'input[name="planned"]')[0]!, '6');
    await userEvent.fill(
      deepAll(el, 'input[name="goal-statement-0"]')[0]!,
      'Houdt de tijd in de gaten',
    );
    await userEvent.fill(deepAll(el, 'input[name="goal-criterion-0"]')[0]!, 'Eindigt op tijd');
    deepFind(el, 'cn-dash-track-form')!
      .shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!
      .click();
    await until(() => deepFind(el, 'h3', 'Teamoverleg leiden'));
    const [track] = (await store.list({ type: 'track' })).filter(
      (t) => t.title === 'Teamoverleg leiden',
    );
    expect(track).toMatchObject({ plannedConversations: 6, status: 'intake' });
    const goals = await store.list({ type: 'goal', trackId: track!.id });
    expect(goals.map((g) => [g.statement, g.successCriterion])).toEqual([
      ['Houdt de tijd in de gaten', 'Eindigt op tijd'],
    ]);
    expect(deepFind(el, '.progress', '0 of ~6')).toBeDefined();
  });

  it('searches all sessions and shows the matching notes', async () => {
    const { el } = await mountDashboard();
    await el.searchReady();
    el.show('search');
    const input = await until(
      () => deepAll(el, 'input[type="search"]')[0] as HTMLInputElement | undefined,
    );
    await userEvent.fill(input, 'reeel budget');
    await until(() => deepFind(el, 'article h3', 'Gesprek met Acme'));
    expect(deepAll(el, 'article.card')).toHaveLength(1);
    expect(deepFind(el, 'li.hit')?.textContent).toContain('Klant vroeg naar een reëel budget');
  });

  it('marks an overdue action done on the actions board', async () => {
    const { el, store } = await mountDashboard();
    el.show('actions');
    const done = await until(() => deepFind(el, '#col-overdue'));
    expect(done.textContent).toContain('(1)');
    deepFind(el, 'button', 'Done')!.click();
    await until(() => deepFind(el, '#col-done', '(1)'));
    const actions = await store.list({ type: 'action' });
    expect(actions.find((a) => a.text === 'Oefen het prijsgesprek')?.status).toBe('done');
  });

  it('asks the retention question at first run and stores the answer', async () => {
    const { el, host } = await mountDashboard({ retentionAsked: false, locale: 'nl' });
    const select = await until(
      () => deepAll(el, '.first-run select')[0] as HTMLSelectElement | undefined,
    );
    expect(deepFind(el, '.first-run')?.textContent).toContain('Hoe lang wil je notities bewaren?');
    await userEvent.selectOptions(select, '12');
    deepFind(el, '.first-run button')!.click();
    await until(() => !deepFind(el, '.first-run'));
    expect(host.settings).toMatchObject({ retentionMonths: 12, retentionAsked: true });
  });

  it('draws goal progress as SVG with the same numbers in a table', async () => {
    const { el, store, observations } = await mountDashboard();
    // The chart is the coach's view as the coachee may see it: shared notes (the seed's are private).
    await store.putMany(
      observations.filter((o) => o.goalId).map((o) => ({ ...o, visibility: 'shared' as const })),
    );
    el.show('progress');
    const figure = await until(() => deepFind(el, 'figure', 'Blijft rustig bij bezwaren'));
    expect(figure.querySelector('svg[role="img"] desc')?.textContent?.trim()).toBe(
      '2 sessions, 1 top and 1 tip in total.',
    );
    expect(figure.querySelectorAll('rect.bar-top')).toHaveLength(2);
    const rows = [...figure.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()),
    );
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['0', '1'],
      ['1', '0'],
    ]);
  });

  it('keeps both views per session: the coachee’s self-assessment beside the coach’s tops and tips, private ones included', async () => {
    const { el, store, sessions, goals, observations, sanne } = await mountDashboard();
    const goal = goals[1]!;
    const focused = sessions.map((s) => ({
      ...s,
      before: { ...s.before, focusGoalIds: [...s.before.focusGoalIds, goal.id] },
    }));
    const shareTip = observations.find((o) => o.kind === 'tip' && o.goalId === goal.id)!;
    await store.putMany([
      ...focused,
      { ...shareTip, visibility: 'shared' } satisfies Observation,
      createSelfAssessment(
        focused[0]!,
        { coacheeId: sanne.id, ratings: { [goal.id]: 2 } },
        at('2026-10-01T12:00:00Z'),
      ),
      createSelfAssessment(
        focused[1]!,
        { coacheeId: sanne.id, ratings: { [goal.id]: 4 } },
        at('2026-10-15T12:00:00Z'),
      ),
    ]);
    el.show('progress');
    const figure = await until(() => deepFind(el, 'figure', 'Blijft rustig bij bezwaren'));
    expect(
      figure.querySelector('svg[role="img"] desc')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe(
      '2 sessions, 1 top and 1 tip in total. Self-assessment per session: 2 – works with help, 4 – goes well.',
    );
    expect(figure.querySelectorAll('circle.self')).toHaveLength(2);
    const header = [...figure.querySelectorAll('thead th')].map((c) => c.textContent?.trim());
    expect(header.at(-1)).toBe('Self-assessment (1–5)');
    const rows = [...figure.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].slice(1).map((c) => c.textContent?.trim()),
    );
    // The coach's own dashboard counts the private top of the second session too.
    expect(rows).toEqual([
      ['0', '1', '2 – works with help'],
      ['1', '0', '4 – goes well'],
    ]);
    expect(await axeViolations()).toEqual([]);
  });
});
