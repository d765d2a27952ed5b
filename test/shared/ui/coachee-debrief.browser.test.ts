import { afterEach, describe, expect, it } from 'vitest';
import { debriefForCoachee, type CoacheeDebrief } from '@coaching-notes/shared';
import '@coaching-notes/shared/ui';
import '@coaching-notes/shared/ui/coachee-debrief';
import type {
  CnCoacheeDebrief,
  CnObservationPanel,
  CoacheeSelfAssessment,
} from '@coaching-notes/shared/ui';
import { CANARY, scene } from '../exchange/coachee-scene';
import {
  byCss,
  changeContext,
  deep,
  expectNoAxeViolations,
  fakeHost,
  meetContext,
  mount,
  seededStore,
  settle,
  typeInto,
  waitFor,
} from './helpers';

afterEach(() => document.body.replaceChildren());

/** The scene's debrief before and after its self-assessment (one scene: the same ids). */
function sceneDebriefs() {
  const { records, session, self, goal } = scene();
  return {
    before: debriefForCoachee(
      records.filter((r) => r.id !== self.id),
      session.id,
    )!,
    after: debriefForCoachee(records, session.id)!,
    goalId: goal.id,
  };
}

async function mountView(debrief: CoacheeDebrief, locale: 'en' | 'nl' = 'en') {
  document.body.replaceChildren();
  const view = document.createElement('cn-coachee-debrief');
  view.debrief = debrief;
  view.locale = locale;
  document.body.append(view);
  await view.updateComplete;
  return view;
}

/** Every text in the view's DOM, through its shadow roots. */
function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return [...root.childNodes].map(shownText).join(' ');
}

const key = (view: Element, k: string) =>
  view.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

const current = (view: CnCoacheeDebrief) =>
  view.shadowRoot!.querySelector('.step')!.getAttribute('data-step');

describe('cn-coachee-debrief: hand-over before feedback', () => {
  it('shows the self-assessment form first and keeps the coach’s tops and tips out of the DOM until it is saved', async () => {
    const { before: debrief, after, goalId } = sceneDebriefs();
    const view = await mountView(debrief);
    const form = await waitFor(() => deep(view, 'cn-self-assessment form'), 'the form');
    expect(form.textContent).toContain('Coach: hand the screen to Daan');
    const text = shownText(view);
    expect(text).not.toContain('Clear commit messages');
    expect(text).not.toContain('Magic 3');
    // Neither keys nor the step list go past the hand-over.
    key(view, 'ArrowRight');
    key(view, 'PageDown');
    await view.updateComplete;
    expect(current(view)).toBe('self');
    expect(deep<HTMLButtonElement>(view, 'nav button[data-step="tops"]')!.disabled).toBe(true);
    await expectNoAxeViolations(view);

    const saved: CoacheeSelfAssessment[] = [];
    view.addEventListener('cn-coachee-self-assessment', (e) =>
      saved.push((e as CustomEvent<CoacheeSelfAssessment>).detail),
    );
    deep<HTMLButtonElement>(view, 'cn-self-assessment button.save')!.click();
    await settle(50);
    expect(saved).toEqual([]);
    expect(deep(view, 'cn-self-assessment [role="alert"]')?.textContent).toContain(
      'Rate every focus goal',
    );
    deep<HTMLInputElement>(
      view,
      `cn-self-assessment fieldset[data-goal="${goalId}"] input[value="2"]`,
    )!.click();
    typeInto(deep<HTMLTextAreaElement>(view, 'cn-self-assessment textarea')!, ' Nervous ');
    deep<HTMLButtonElement>(view, 'cn-self-assessment button.save')!.click();
    await settle(50);
    expect(saved).toEqual([
      {
        sessionId: debrief.session.id,
        coacheeId: debrief.session.coacheeIds[0],
        ratings: { [goalId]: 2 },
        experience: 'Nervous',
      },
    ]);
    // The shell saves it and hands back the debrief that holds it.
    view.debrief = after;
    await view.updateComplete;
    const row = await waitFor(
      () => deep(view, `table.side-by-side tr[data-goal="${goalId}"]`),
      'row',
    );
    expect(row.querySelector('td.self')!.textContent).toContain('2/5 — works with help');
    expect(row.querySelector('td.coach')!.textContent).toContain('1 top · 1 tip');
    key(view, 'ArrowRight');
    await view.updateComplete;
    expect(current(view)).toBe('tops');
    expect(shownText(view)).toContain('Clear commit messages');
    await expectNoAxeViolations(view);
  });

  it('Skip lets the coach’s notes through without a self-assessment', async () => {
    const view = await mountView(sceneDebriefs().before, 'nl');
    deep<HTMLButtonElement>(view, 'cn-self-assessment button.skip')!.click();
    await view.updateComplete;
    expect(shownText(view)).toContain('De zelfbeoordeling is overgeslagen.');
    key(view, 'PageDown');
    await view.updateComplete;
    expect(current(view)).toBe('tops');
    expect(shownText(view)).toContain('Clear commit messages');
  });
});

describe('cn-coachee-debrief: steps and summary', () => {
  it('moves with ←/→ and PageUp/PageDown through tops, tips, actions, help, summary', async () => {
    const view = await mountView(sceneDebriefs().after);
    const seen: (string | null)[] = [current(view)];
    for (const k of [
      'ArrowRight',
      'PageDown',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
    ]) {
      key(view, k);
      await view.updateComplete;
      seen.push(current(view));
    }
    expect(seen).toEqual(['self', 'tops', 'tips', 'actions', 'help', 'summary', 'summary']);
    // The new step's heading has the focus, so keys keep working and a reader hears the step.
    expect(view.shadowRoot!.activeElement?.tagName).toBe('H2');
    key(view, 'PageUp');
    key(view, 'ArrowLeft');
    await view.updateComplete;
    expect(current(view)).toBe('actions');
    expect(shownText(view)).toContain('Extract MIN_TAG_LENGTH');
    expect(deep(view, 'nav button[aria-current="step"]')?.getAttribute('data-step')).toBe(
      'actions',
    );
    await expectNoAxeViolations(view);
  });

  it('the summary offers Markdown from the shared renderer with the self-assessment and without private text', async () => {
    const view = await mountView(sceneDebriefs().after);
    deep<HTMLButtonElement>(view, 'nav button[data-step="summary"]')!.click();
    await view.updateComplete;
    const summary = deep(view, 'article.summary')!;
    expect(summary.textContent).toContain('Name things well: 2/5 — works with help');
    expect(summary.textContent).toContain('Review my next PR');
    const downloads: { fileName: string; markdown: string }[] = [];
    view.addEventListener('cn-summary-download', (e) => {
      e.preventDefault();
      downloads.push((e as CustomEvent).detail);
    });
    deep<HTMLButtonElement>(view, 'article.summary button.download')!.click();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('debrief-2026-11-22-client-meeting-observation.md');
    expect(downloads[0]!.markdown).toContain('- **Name things well:** 2/5 — works with help');
    expect(downloads[0]!.markdown).not.toContain(CANARY);
    expect(view.markdown()).toBe(downloads[0]!.markdown);
    await expectNoAxeViolations(view);
  });
});

describe('the panel’s debrief step opens the debrief with the coachee', () => {
  it('shows "Debrief with coachee" after the observation only when the host can open it, for this session', async () => {
    const { store, session } = await seededStore();
    const opened: string[] = [];
    const { host } = fakeHost(meetContext);
    const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
    Object.assign(panel, { store, locale: 'en', changeContext, host, sessionId: session.id });
    mount(panel);
    (await byCss('cn-prepare button.prepared')).click();
    (await byCss('cn-prepare button.start')).click();
    (await byCss('cn-observe button.end-observation')).click();
    await byCss('cn-feedback-composer');
    expect(deep(panel, 'button.open-coachee-debrief')).toBeNull();
    panel.host = { ...host, openCoacheeDebrief: (id) => opened.push(id) };
    const button = await byCss('button.open-coachee-debrief');
    expect(button.textContent?.trim()).toBe('Debrief with coachee');
    button.click();
    expect(opened).toEqual([session.id]);
    await expectNoAxeViolations(panel);
  });
});
