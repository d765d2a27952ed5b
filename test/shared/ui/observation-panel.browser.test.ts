import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import '@coaching-notes/shared/ui';
import { type CnObservationPanel, sessionContextOf } from '@coaching-notes/shared/ui';
import { createSession, startSession, clientMeetingObservation } from '@coaching-notes/shared';
import {
  activeElement,
  byCss,
  changeContext,
  deep,
  deepAll,
  expectNoAxeViolations,
  fakeHost,
  meetContext,
  mount,
  seededStore,
  settle,
  typeInto,
  waitFor,
} from './helpers';

async function openPanel(
  options: { planned?: boolean; locale?: 'nl' | 'en'; dashboard?: boolean } = {},
) {
  const seeded = await seededStore(options);
  const fake = fakeHost(meetContext, options);
  const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
  panel.store = seeded.store;
  panel.locale = options.locale ?? 'en';
  panel.changeContext = changeContext;
  panel.host = fake.host;
  panel.sessionId = seeded.session.id;
  mount(panel);
  await byCss('cn-prepare');
  return { ...seeded, panel, ...fake };
}

async function startObserving(panel: CnObservationPanel) {
  (await byCss('cn-prepare button.prepared')).click();
  (await byCss('cn-prepare button.start')).click();
  await byCss('cn-observe .timer');
  await waitFor(() => panel.saver?.state === 'saved' || panel.saver?.state === 'saving', 'saver');
}

afterEach(() => document.body.replaceChildren());

describe('a session belongs to the call it started on', () => {
  async function runningSessionOn(context: typeof meetContext) {
    const seeded = await seededStore();
    const started = startSession(
      { ...seeded.session, status: 'prepared', context: sessionContextOf(context)! },
      changeContext(),
    );
    await seeded.store.put(started);
    return { ...seeded, session: started };
  }
  /** A panel on the page `context`, asked to open `sessionId` (as the shell does). */
  function panelOn(
    context: typeof meetContext,
    props: Partial<CnObservationPanel> & Pick<CnObservationPanel, 'store' | 'sessionId'>,
  ): CnObservationPanel {
    const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
    Object.assign(panel, { locale: 'en', changeContext, host: fakeHost(context).host, ...props });
    return panel;
  }
  const otherCall = {
    ...meetContext,
    url: 'https://meet.google.com/xyz-abcd-efg',
    label: 'Pipeline review',
  };

  it('on another call the panel asks instead of resuming; capture keys do nothing until the coach chose', async () => {
    const { store, session } = await runningSessionOn(meetContext);
    const panel = mount(panelOn(otherCall, { store, sessionId: session.id }));
    const question = await byCss('cn-observation-panel .elsewhere');
    expect(question.textContent).toContain('Sam Peeters');
    expect(question.textContent).toContain('Weekly sales sync');
    expect(deep(panel, 'cn-observe')).toBeNull();
    await expectNoAxeViolations(panel);
    document.body.focus();
    await userEvent.keyboard('1');
    await settle(100);
    expect(deep(panel, 'cn-observation-item.draft')).toBeNull();

    (await byCss('cn-observation-panel button.resume-elsewhere')).click();
    await byCss('cn-observe .timer');
  });

  it('"Start a new session here" goes to the picker; on its own call the session resumes at once', async () => {
    const { store, session } = await runningSessionOn(meetContext);
    const away = mount(panelOn(otherCall, { store, sessionId: session.id, locale: 'nl' }));
    const events: (string | undefined)[] = [];
    away.addEventListener('cn-active-session', (e) =>
      events.push((e as CustomEvent).detail.sessionId),
    );
    expect((await byCss('cn-observation-panel .elsewhere')).textContent).toContain('Ander gesprek');
    (await byCss('cn-observation-panel button.start-here')).click();
    await byCss('cn-session-picker');
    expect(events).toEqual([undefined]);

    const home = mount(panelOn(meetContext, { store, sessionId: session.id }));
    await byCss('cn-observe .timer');
    expect(deep(home, '.elsewhere')).toBeNull();
  });

  it('a tab reopens the recent session that started on its own call, not the last one opened', async () => {
    const { store, session: onA } = await runningSessionOn(meetContext);
    const onB = startSession(
      {
        ...createSession(
          { template: clientMeetingObservation, context: sessionContextOf(otherCall)! },
          changeContext(),
        ),
        status: 'prepared',
      },
      changeContext(),
    );
    await store.put(onB);
    const panel = panelOn(meetContext, {
      store,
      sessionId: onB.id,
      recentSessionIds: [onB.id, onA.id],
    });
    const opened: (string | undefined)[] = [];
    panel.addEventListener('cn-active-session', (e) =>
      opened.push((e as CustomEvent).detail.sessionId),
    );
    mount(panel);
    await byCss('cn-observe .timer');
    expect(opened).toEqual([onA.id]);
  });
});

describe('cn-observation-panel', () => {
  it('before: shows goals and the prep checklist; "not prepared" records the session as skipped', async () => {
    const { store, session, panel } = await openPanel();
    expect(deepAll(panel, 'cn-prepare li.goal').map((li) => li.textContent?.trim())).toEqual([
      'Open with a clear agenda',
      'Handle objections calmly',
    ]);
    expect(deepAll(panel, 'cn-prepare textarea[data-question]').length).toBe(6);
    expect(deep(panel, 'cn-prepare button.start')).toBeNull();
    (await byCss('cn-prepare button.not-prepared')).click();
    await waitFor(() => deep(panel, 'cn-prepare .warning'), 'skipped notice');
    await panel.saver!.flush();
    expect((await store.get('session', session.id))?.status).toBe('skipped');
    expect((await store.get('session', session.id))?.before.prepCheck).toBe('not-prepared');
  });

  it('during: one-key capture is stamped with time, offset and page context, and saved', async () => {
    const { store, session, panel } = await openPanel();
    await startObserving(panel);
    (deep(panel, 'cn-observe .capture') as HTMLElement).focus();
    await userEvent.keyboard('1');
    const field = await waitFor(
      () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
      'draft field',
    );
    expect(activeElement()).toBe(field);
    await userEvent.keyboard('Opens with the agenda');
    await userEvent.keyboard('{Enter}');
    await settle();
    const [observation] = await store.list({ type: 'observation', sessionId: session.id });
    expect(observation).toMatchObject({
      kind: 'top',
      text: 'Opens with the agenda',
      visibility: 'private',
      anchor: { kind: 'page', site: 'google-meet', label: 'Weekly sales sync' },
    });
    expect(observation!.offsetMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(observation!.at)).toBeLessThanOrEqual(Date.now());
    expect(deep(panel, 'cn-save-status [data-state="saved"]')).not.toBeNull();
  });

  it('capture keys do nothing while typing in a text field, and letters work too', async () => {
    const { store, session, panel } = await openPanel();
    await startObserving(panel);
    (deep(panel, 'cn-observe .capture') as HTMLElement).focus();
    await userEvent.keyboard('i');
    await userEvent.keyboard('Ask about the budget 12345');
    await userEvent.keyboard('{Enter}');
    await settle();
    const list = await store.list({ type: 'observation', sessionId: session.id });
    expect(list.map((o) => [o.kind, o.text])).toEqual([['tip', 'Ask about the budget 12345']]);
  });

  it('capture keys (letters, digits) never fire while a panel button has focus', async () => {
    const { store, session, panel } = await openPanel();
    await startObserving(panel);
    for (const selector of [
      'cn-observe button.capture-top',
      'cn-observe button.end-observation',
      'button.switch-session',
    ]) {
      (deep(panel, selector) as HTMLElement).focus();
      await userEvent.keyboard('(vanaf12345tiqfn');
    }
    await settle(100);
    expect(deep(panel, 'cn-observation-item.draft')).toBeNull();
    expect(await store.list({ type: 'observation', sessionId: session.id })).toEqual([]);
  });

  it('Space on the focused Dashboard button opens one dashboard and captures nothing', async () => {
    const { panel, opened } = await openPanel({ dashboard: true });
    await startObserving(panel);
    (deep(panel, 'button.open-dashboard') as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await settle(100);
    expect(opened.dashboards).toBe(1);
    expect(deep(panel, 'cn-observation-item.draft')).toBeNull();
  });

  it('Escape drops a capture being typed (nothing kept); Escape on an edit puts the text back', async () => {
    const { store, session, panel } = await openPanel();
    await startObserving(panel);
    (deep(panel, 'cn-observe .capture') as HTMLElement).focus();
    await userEvent.keyboard('2');
    await waitFor(() => deep(panel, 'cn-observation-item.draft textarea'), 'draft');
    await userEvent.keyboard('Half a thought');
    await settle();
    await userEvent.keyboard('{Escape}');
    await settle();
    expect(deep(panel, 'cn-observation-item.draft')).toBeNull();
    expect(await store.list({ type: 'observation', sessionId: session.id })).toEqual([]);
    expect(activeElement()?.classList.contains('capture')).toBe(true);

    await userEvent.keyboard('1');
    await waitFor(() => deep(panel, 'cn-observation-item.draft textarea'), 'draft');
    await userEvent.keyboard('Kept note{Enter}');
    expect(activeElement()?.classList.contains('capture')).toBe(true);
    (await byCss('cn-observe ul.observations cn-observation-item button.edit-button')).click();
    const field = await waitFor(
      () =>
        deep<HTMLTextAreaElement>(panel, 'cn-observe ul.observations cn-observation-item textarea'),
      'edit field',
    );
    field.focus();
    await userEvent.keyboard(' and more');
    await userEvent.keyboard('{Escape}');
    await settle();
    const [kept] = await store.list({ type: 'observation', sessionId: session.id });
    expect(kept?.text).toBe('Kept note');
  });

  it('the capture bar stays in view while notes scroll; a long note grows its field instead of scrolling it', async () => {
    const { panel } = await openPanel();
    await startObserving(panel);
    for (let i = 0; i < 14; i++) {
      panel.capture(i % 2 ? 'tip' : 'top');
      const field = await waitFor(
        () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
        'draft',
      );
      typeInto(field, `Note ${i}`);
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await waitFor(() => !deep(panel, 'cn-observation-item.draft'), 'committed');
    }
    const main = panel.shadowRoot!.querySelector('main')!;
    main.scrollTop = main.scrollHeight;
    await settle(50);
    expect(main.scrollTop).toBeGreaterThan(100);
    // Scrolled to the end, the bar still sits at the top of the scroller, whole.
    const bar = deep(panel, 'cn-observe .capture-bar')!.getBoundingClientRect();
    const view = main.getBoundingClientRect();
    expect(bar.top).toBeGreaterThanOrEqual(view.top);
    expect(bar.top - view.top).toBeLessThan(8);
    expect(bar.bottom).toBeLessThan(view.bottom);

    panel.capture('fact');
    const field = await waitFor(
      () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
      'draft',
    );
    typeInto(field, 'A long observation. '.repeat(20));
    await settle(50);
    expect(field.scrollHeight).toBeLessThanOrEqual(field.clientHeight + 1);
  });

  it('the session picker does not show a second product title; the context is one line', async () => {
    const { store } = await seededStore();
    const picker = mount(document.createElement('cn-observation-panel') as CnObservationPanel);
    Object.assign(picker, { store, locale: 'en', changeContext });
    await byCss('cn-session-picker');
    expect(deep(picker, 'header h1')!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    const { panel } = await openPanel();
    const line = deep(panel, 'header .subtitle')!;
    expect(line.getBoundingClientRect().height).toBeLessThan(24);
    expect(getComputedStyle(line).whiteSpace).toBe('nowrap');
  });

  it('browser capture command, goal link, share switch, edit in place, delete with undo', async () => {
    const { store, session, goals, panel, command } = await openPanel();
    (await byCss('cn-prepare input.focus-goal')).click();
    await startObserving(panel);
    command('fact');
    const field = await waitFor(
      () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
      'draft',
    );
    typeInto(field, 'Client mentions a competitor');
    const goal = deep<HTMLSelectElement>(panel, 'cn-observation-item.draft select.goal-select')!;
    goal.value = goals[0]!.id;
    goal.dispatchEvent(new Event('change', { bubbles: true }));
    deep<HTMLInputElement>(panel, 'cn-observation-item.draft input.shared-switch')!.click();
    await settle();
    let [stored] = await store.list({ type: 'observation', sessionId: session.id });
    expect(stored).toMatchObject({ kind: 'fact', goalId: goals[0]!.id, visibility: 'shared' });

    // Coverage: the focus goal now has evidence.
    expect(deep(panel, `cn-coverage li[data-id="${goals[0]!.id}"]`)?.className).toBe('seen');

    deep<HTMLButtonElement>(panel, 'cn-observation-item.draft button.done')!.click();
    await waitFor(() => !deep(panel, 'cn-observation-item.draft'), 'draft closed');
    deep<HTMLButtonElement>(
      panel,
      'cn-observe ul.observations cn-observation-item button.edit-button',
    )!.click();
    const editField = await waitFor(
      () =>
        deep<HTMLTextAreaElement>(panel, 'cn-observe ul.observations cn-observation-item textarea'),
      'edit field',
    );
    typeInto(editField, 'Client mentions competitor X twice');
    await settle();
    [stored] = await store.list({ type: 'observation', sessionId: session.id });
    expect(stored!.text).toBe('Client mentions competitor X twice');
    expect(stored!.rev[`test-actor`]).toBeGreaterThan(1);

    deep<HTMLButtonElement>(
      panel,
      'cn-observe ul.observations cn-observation-item button.delete-button',
    )!.click();
    const undo = await waitFor(
      () => deep<HTMLButtonElement>(panel, 'cn-observe .undo-button'),
      'undo',
    );
    expect(await store.list({ type: 'observation', sessionId: session.id })).toEqual([]);
    expect(activeElement()).toBe(undo);
    undo.click();
    await waitFor(
      () => deepAll(panel, 'cn-observe ul.observations cn-observation-item').length === 1,
      'restored row',
    );
    const [restored] = await store.list({ type: 'observation', sessionId: session.id });
    expect(restored).toMatchObject({ id: stored!.id, text: 'Client mentions competitor X twice' });
    expect(deep(panel, `cn-coverage li[data-id="${goals[0]!.id}"]`)?.className).toBe('seen');
  });

  it('after: debrief, feedback warnings, actions, finish; axe finds nothing on every stage', async () => {
    const { store, session, person, panel } = await openPanel();
    await expectNoAxeViolations(panel);
    await startObserving(panel);
    for (const [key, text] of [
      ['2', 'Ask more open questions'],
      ['2', 'Summarise before answering'],
      ['2', 'Let the client finish'],
    ] as const) {
      await userEvent.keyboard(key);
      const field = await waitFor(
        () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
        'draft',
      );
      typeInto(field, text);
      await userEvent.keyboard('{Enter}');
    }
    await expectNoAxeViolations(panel);
    deep<HTMLButtonElement>(panel, 'cn-observe button.end-observation')!.click();
    await byCss('cn-feedback-composer .warnings');
    // Three tips, no tops: the core's guard warns (the suggestion picks two tips).
    const codes = await waitFor(() => {
      const found = deepAll(panel, 'cn-feedback-composer .warnings [data-code]').map(
        (w) => w.dataset['code'],
      );
      return found.length > 0 ? found : null;
    }, 'warnings');
    expect(codes).toContain('no-tops');
    deepAll<HTMLInputElement>(panel, 'cn-feedback-composer input.pick-tip').forEach((box) => {
      if (!box.checked) box.click();
    });
    await waitFor(
      () => deep(panel, 'cn-feedback-composer [data-code="too-many-tips"]'),
      'too-many-tips warning',
    );

    const answer = await byCss('cn-debrief textarea[data-question="coachee-experience"]');
    typeInto(answer as HTMLTextAreaElement, 'Nervous at the start, fine later');
    typeInto(
      deep<HTMLTextAreaElement>(panel, 'cn-debrief textarea[data-question="actions"]')!,
      '- Prepare three open questions\n- Practise summarising',
    );
    await settle();
    (await byCss('cn-action-list button.take-over')).click();
    await waitFor(() => deepAll(panel, 'cn-action-list li.action').length === 2, 'two actions');
    const due = deep<HTMLInputElement>(panel, 'cn-action-list li.action input[type="date"]')!;
    due.value = '2026-12-01';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const stored = await store.get('session', session.id);
    expect(stored?.after.debrief['coachee-experience']).toBe('Nervous at the start, fine later');
    expect(stored?.after.feedback.tipIds).toHaveLength(3);
    const actions = await store.list({ type: 'action', sessionId: session.id });
    expect(actions.map((a) => [a.text, a.ownerId]).sort()).toEqual([
      ['Practise summarising', person.id],
      ['Prepare three open questions', person.id],
    ]);
    expect(actions.some((a) => a.due === '2026-12-01')).toBe(true);
    await expectNoAxeViolations(panel);

    deep<HTMLButtonElement>(panel, 'button.finish')!.click();
    await byCss('cn-session-export .markdown-preview');
    await settle();
    expect((await store.get('session', session.id))?.status).toBe('done');
    await expectNoAxeViolations(panel);
  });

  it('offers the dashboard only when the host can open it', async () => {
    const { panel } = await openPanel();
    expect(deep(panel, 'button.open-dashboard')).toBeNull();
    const withDashboard = fakeHost(meetContext, { dashboard: true });
    panel.host = withDashboard.host;
    const button = await byCss('button.open-dashboard');
    expect(button.textContent?.trim()).toBe('Dashboard');
    expect(button.title).toBe('Open the dashboard (people, history, actions) in a new tab');
    button.click();
    expect(withDashboard.opened.dashboards).toBe(1);
    // Also on the session picker, where the panel starts.
    panel.sessionId = undefined;
    await byCss('cn-session-picker');
    (await byCss('button.open-dashboard')).click();
    expect(withDashboard.opened.dashboards).toBe(2);
  });

  it('speaks Dutch', async () => {
    const { panel } = await openPanel({ locale: 'nl', dashboard: true });
    expect(deep(panel, 'nav')?.textContent).toContain('Vooraf');
    expect(deep<HTMLButtonElement>(panel, 'button.open-dashboard')?.title).toBe(
      'Open het dashboard (mensen, geschiedenis, acties) in een nieuw tabblad',
    );
    expect(deep(panel, 'cn-prepare button.not-prepared')?.textContent?.trim()).toBe(
      'Niet voorbereid',
    );
    await expectNoAxeViolations(panel);
  });
});
