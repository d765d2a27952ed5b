import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '@coaching-notes/shared/ui';
import { StoreQuotaError } from '@coaching-notes/shared';
import {
  type CnConfirmAction,
  type CnDebrief,
  type CnObservationPanel,
  SAVE_MAX_WAIT_MS,
  saverFor,
} from '@coaching-notes/shared/ui';
import {
  activeElement,
  changeContext,
  deep,
  deepAll,
  expectNoAxeViolations,
  mount,
  seededStore,
  settle,
  typeInto,
  waitFor,
} from './helpers';

afterEach(() => document.body.replaceChildren());

describe('saving', () => {
  // How long writes wait is measured with fake timers in record-saver.test.ts.
  it('shows the saving and saved states, and keeps the text when a write fails', async () => {
    const { store, session } = await seededStore();
    let failing = true;
    const realPutMany = store.putMany.bind(store);
    store.putMany = async (records, cause) => {
      if (failing) throw new StoreQuotaError(new DOMException('full', 'QuotaExceededError'));
      return realPutMany(records, cause);
    };
    const box = document.createElement('div');
    const status = document.createElement('cn-save-status');
    const debrief = document.createElement('cn-debrief') as CnDebrief;
    Object.assign(debrief, { store, locale: 'nl', changeContext, sessionId: session.id });
    status.saver = saverFor(store, changeContext);
    status.locale = 'nl';
    box.append(status, debrief);
    mount(box);
    const field = await waitFor(
      () => deep<HTMLTextAreaElement>(debrief, 'textarea[data-question="went-well"]'),
      'field',
    );
    typeInto(field, 'Sterke opening');
    await status.updateComplete;
    expect(deep(status, '[data-state="saving"]')?.textContent).toContain('Opslaan…');
    const alert = await waitFor(() => deep(status, '[data-state="error"]'), 'error state', 1000);
    expect(alert.textContent).toContain('Niet opgeslagen');
    expect(field.value).toBe('Sterke opening');
    expect((await store.get('session', session.id))?.after.debrief['went-well']).toBeUndefined();
    await expectNoAxeViolations(box);

    failing = false;
    deep<HTMLButtonElement>(status, 'button')!.click();
    await waitFor(() => deep(status, '[data-state="saved"]'), 'saved state');
    expect(deep(status, '[data-state="saved"]')?.textContent).toContain('Opgeslagen');
    expect((await store.get('session', session.id))?.after.debrief['went-well']).toBe(
      'Sterke opening',
    );
  });

  it('a committed note reaches the store within 300 ms while the next note is typed without pause', async () => {
    const { store, session } = await seededStore();
    const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
    Object.assign(panel, { store, locale: 'en', changeContext, sessionId: session.id });
    mount(panel);
    (
      await waitFor(() => deep<HTMLButtonElement>(panel, 'cn-prepare button.prepared'), 'prepared')
    ).click();
    (
      await waitFor(() => deep<HTMLButtonElement>(panel, 'cn-prepare button.start'), 'start')
    ).click();
    await waitFor(() => deep(panel, 'cn-observe .timer'), 'timer');
    panel.capture('top');
    const first = await waitFor(
      () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
      'first draft',
    );
    typeInto(first, 'Note A');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const committedAt = performance.now();
    panel.capture('tip');
    const second = await waitFor(
      () => deep<HTMLTextAreaElement>(panel, 'cn-observation-item.draft textarea'),
      'second draft',
    );
    // Keep typing the next note every 60 ms, never pausing long enough for a debounce.
    let text = '';
    let storedA = false;
    while (performance.now() - committedAt < 1200) {
      text += 'x';
      typeInto(second, text);
      await settle(60);
      const notes = await store.list({ type: 'observation', sessionId: session.id });
      if (!storedA && notes.some((o) => o.text === 'Note A')) {
        storedA = true;
        expect(performance.now() - committedAt).toBeLessThan(300);
      }
    }
    expect(storedA).toBe(true);
    // The note still being typed is written too (at the latest after SAVE_MAX_WAIT_MS)…
    await settle(SAVE_MAX_WAIT_MS);
    // …and at once when typing pauses.
    const notes = await store.list({ type: 'observation', sessionId: session.id });
    expect(notes.map((o) => o.text).sort()).toEqual(['Note A', text]);
  });

  it('a draft typed into without pause is written within SAVE_MAX_WAIT_MS; another record keeps its own timer', async () => {
    const { store, session, person } = await seededStore();
    const saver = saverFor(store, changeContext);
    let current = saver.edit(session, { title: 't' });
    const started = performance.now();
    saver.edit(person, { displayName: 'Sam P.' });
    let personWritten = 0;
    let sessionWritten = 0;
    while (performance.now() - started < SAVE_MAX_WAIT_MS + 400) {
      current = saver.edit(current, { title: current.title + 't' });
      await settle(50);
      if (!personWritten && (await store.get('person', person.id))?.displayName === 'Sam P.')
        personWritten = performance.now() - started;
      if (!sessionWritten && ((await store.get('session', session.id))?.title.length ?? 0) > 1)
        sessionWritten = performance.now() - started;
    }
    expect(personWritten).toBeGreaterThan(0);
    expect(personWritten).toBeLessThan(300 + 50);
    expect(sessionWritten).toBeGreaterThan(0);
    expect(sessionWritten).toBeLessThan(SAVE_MAX_WAIT_MS + 100);
    await saver.flush();
  });

  it('flushes pending edits on pagehide', async () => {
    const { store, session } = await seededStore();
    const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
    Object.assign(panel, { store, locale: 'en', changeContext, sessionId: session.id });
    mount(panel);
    const field = await waitFor(
      () => deep<HTMLTextAreaElement>(panel, 'cn-prepare textarea[data-question="aim"]'),
      'prep field',
    );
    typeInto(field, 'Close the renewal');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await settle(30);
    expect((await store.get('session', session.id))?.before.answers['aim']).toBe(
      'Close the renewal',
    );
  });
});

describe('cn-confirm-action (clickjacking guard)', () => {
  // A viewport that fits the runner's window, so the test iframe is not scaled: a scaled
  // (transformed) frame counts as not reliably visible, as it should.
  beforeEach(() => page.viewport(400, 600));
  function confirmButton() {
    const element = document.createElement('cn-confirm-action') as CnConfirmAction;
    Object.assign(element, {
      label: 'Delete session',
      question: 'Delete it?',
      confirmLabel: 'Yes, delete',
      locale: 'en',
    });
    return mount(element);
  }

  it('asks inside the panel, focuses Cancel, and confirms once visibly on screen', async () => {
    const element = confirmButton();
    let confirmed = 0;
    element.addEventListener('cn-confirm', () => confirmed++);
    (await waitFor(() => deep<HTMLButtonElement>(element, '[part="trigger"]'), 'trigger')).click();
    const cancel = await waitFor(
      () => deep<HTMLButtonElement>(element, '.confirm-cancel'),
      'cancel',
    );
    await waitFor(() => activeElement() === cancel, 'focus on cancel');
    await expectNoAxeViolations(element);
    await settle(600);
    deep<HTMLButtonElement>(element, '.confirm-yes')!.click();
    expect(confirmed).toBe(1);
  });

  it('refuses while something covers the panel', async () => {
    const element = confirmButton();
    let confirmed = 0;
    element.addEventListener('cn-confirm', () => confirmed++);
    (await waitFor(() => deep<HTMLButtonElement>(element, '[part="trigger"]'), 'trigger')).click();
    const yes = await waitFor(() => deep<HTMLButtonElement>(element, '.confirm-yes'), 'yes');
    const decoy = document.createElement('div');
    decoy.style.cssText = 'position:fixed;inset:0;background:rgba(255,255,255,0.01);z-index:10';
    document.body.append(decoy);
    await settle(600);
    yes.click();
    await element.updateComplete;
    expect(confirmed).toBe(0);
    expect(deep(element, '.refused')?.textContent).toContain('Refused');
  });
});

describe('keyboard only', () => {
  it('creates a coachee, a track and an unannounced session, then captures, all from the keyboard', async () => {
    const { createMemoryStore } = await import('../../../shared/src/store');
    const store = createMemoryStore();
    const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
    Object.assign(panel, { store, locale: 'en', changeContext });
    mount(panel);
    const name = await waitFor(
      () => deep<HTMLInputElement>(panel, 'form.new-coachee input[name="name"]'),
      'name field',
    );
    name.focus();
    await userEvent.keyboard('Noor Janssens');
    await userEvent.tab();
    await userEvent.keyboard('consultant{Enter}');
    const title = await waitFor(
      () => deep<HTMLInputElement>(panel, 'form.new-track input[name="title"]'),
      'track title',
    );
    await waitFor(() => activeElement() === title, 'focus on track title');
    await userEvent.keyboard('Client calls Q1{Enter}');
    await waitFor(() => deep(panel, 'form.new-session'), 'session form');
    const unannounced = deep<HTMLInputElement>(panel, 'form.new-session input[value="no"]')!;
    unannounced.focus();
    await userEvent.keyboard(' ');
    expect(unannounced.checked).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const start = await waitFor(
      () => deep<HTMLButtonElement>(panel, 'cn-prepare button.start'),
      'start button',
    );
    start.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => deep(panel, 'cn-observe .timer'), 'timer');
    await userEvent.keyboard('3');
    await waitFor(() => deep(panel, 'cn-observation-item.draft textarea'), 'draft');
    await userEvent.keyboard('Why no pricing slide?{Enter}');
    await settle();
    const [person] = await store.list({ type: 'person' });
    const [observation] = await store.list({ type: 'observation' });
    expect(person).toMatchObject({ displayName: 'Noor Janssens', role: 'consultant' });
    expect(observation).toMatchObject({ kind: 'question', text: 'Why no pricing slide?' });
    const [session] = await store.list({ type: 'session' });
    expect(session).toMatchObject({ planned: false, status: 'in-progress' });
    expect(deepAll(panel, 'cn-observe ul.observations cn-observation-item')).toHaveLength(1);
  });
});
