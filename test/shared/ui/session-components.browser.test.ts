import { afterEach, describe, expect, it } from 'vitest';
import {
  createObservation,
  startSession,
  endSession,
  markUnannounced,
  type ObservationKind,
  type Session,
} from '@coaching-notes/shared';
import '@coaching-notes/shared/ui';
import type { CnDebrief, CnFeedbackComposer, CnSessionExport } from '@coaching-notes/shared/ui';
import {
  changeContext,
  deep,
  deepAll,
  expectNoAxeViolations,
  mount,
  seededStore,
  settle,
  typeInto,
  waitFor,
  type Store,
} from './helpers';

/** A seeded session that ran and is now in its debrief, with the given observations. */
async function debriefSession(notes: [ObservationKind, string, 'private' | 'shared'][]) {
  const seeded = await seededStore({ planned: false });
  const ctx = changeContext();
  let session: Session = startSession(markUnannounced(seeded.session, ctx), ctx);
  const observations = notes.map(([kind, text, visibility]) =>
    createObservation(session, { kind, text, visibility }, ctx),
  );
  session = endSession(session, ctx);
  await seeded.store.putMany([session, ...observations]);
  return { ...seeded, session, observations };
}

function mountBound<E extends CnDebrief | CnFeedbackComposer | CnSessionExport>(
  tag: string,
  store: Store,
  sessionId: string,
  locale: 'nl' | 'en' = 'en',
): E {
  const element = document.createElement(tag) as E;
  element.store = store;
  element.locale = locale;
  element.changeContext = changeContext;
  element.sessionId = sessionId;
  return mount(element);
}

afterEach(() => document.body.replaceChildren());

describe('cn-debrief (Store + locale + ChangeContext only)', () => {
  it('shows the fixed questions and saves each answer within 300 ms', async () => {
    const { store, session } = await debriefSession([]);
    const debrief = mountBound<CnDebrief>('cn-debrief', store, session.id, 'nl');
    const fields = await waitFor(() => {
      const all = deepAll<HTMLTextAreaElement>(debrief, 'textarea');
      return all.length === 7 ? all : null;
    }, 'seven questions');
    expect(deep(debrief, 'label')?.textContent).toBe('Hoe heb je het zelf beleefd?');
    const events: unknown[] = [];
    debrief.addEventListener('cn-debrief-change', (e) => events.push((e as CustomEvent).detail));
    typeInto(fields[3]!, 'De opening was sterk');
    await settle(320);
    expect((await store.get('session', session.id))?.after.debrief['went-well']).toBe(
      'De opening was sterk',
    );
    expect(events).toHaveLength(1);
    await expectNoAxeViolations(debrief);
  });
});

describe('cn-feedback-composer', () => {
  it('puts tops first and warns on imbalance with the core guard', async () => {
    const { store, session } = await debriefSession([
      ['tip', 'Ask open questions', 'private'],
      ['tip', 'Summarise more', 'private'],
      ['tip', 'Slow down', 'private'],
      ['top', 'Warm opening', 'shared'],
    ]);
    const composer = mountBound<CnFeedbackComposer>('cn-feedback-composer', store, session.id);
    await waitFor(() => deepAll(composer, 'input.pick-tip').length === 3, 'tips listed');
    // The suggestion: every top, at most two tips; tops come first in the script.
    expect(deepAll(composer, 'ol.script li').map((li) => li.dataset['kind'])).toEqual([
      'top',
      'tip',
      'tip',
    ]);
    // One top against two tips: the core's guard already asks for balance.
    expect(deepAll(composer, '.warnings [data-code]').map((w) => w.dataset['code'])).toEqual([
      'tips-outnumber-tops',
    ]);

    deep<HTMLInputElement>(composer, 'input.pick-top')!.click();
    await waitFor(() => deep(composer, '[data-code="no-tops"]'), 'no-tops');
    deepAll<HTMLInputElement>(composer, 'input.pick-tip').forEach(
      (box) => box.checked || box.click(),
    );
    await waitFor(() => deep(composer, '[data-code="too-many-tips"]'), 'too-many-tips');
    deep<HTMLInputElement>(composer, 'input.pick-top')!.click();
    await waitFor(() => deep(composer, '[data-code="tips-outnumber-tops"]'), 'tips-outnumber-tops');
    expect(deep(composer, '[data-code="tips-outnumber-tops"]')?.textContent).toContain('3');
    await settle();
    const stored = await store.get('session', session.id);
    expect(stored?.after.feedback.topIds).toHaveLength(1);
    expect(stored?.after.feedback.tipIds).toHaveLength(3);
    await expectNoAxeViolations(composer);
  });
});

describe('cn-session-export', () => {
  it('leaves private notes out unless ticked, copies Markdown and merges into a picked shared file', async () => {
    const { store, session } = await debriefSession([
      ['top', 'Warm opening', 'shared'],
      ['fact', 'SECRET coach-only remark', 'private'],
    ]);
    const exporter = mountBound<CnSessionExport>('cn-session-export', store, session.id);
    const preview = await waitFor(() => deep(exporter, '.markdown-preview'), 'preview');
    expect(preview.textContent).toContain('Warm opening');
    expect(preview.textContent).not.toContain('SECRET');
    await expectNoAxeViolations(exporter);

    // A shared file from someone else: merged, never overwritten.
    const other = await seededStore();
    const { serializeSharedFile } = await import('../../../shared/src/exchange');
    const existing = serializeSharedFile(await other.store.all());
    const input = deep<HTMLInputElement>(exporter, 'input.existing-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([existing], 'team.coaching.jsonl'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(100);

    const downloads: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.href, this.download);
    };
    try {
      deep<HTMLButtonElement>(exporter, 'button.download-shared')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(downloads[1]).toBe('team.coaching.jsonl');
    const text = await (await fetch(downloads[0]!)).text();
    expect(text).toContain(other.session.id);
    expect(text).toContain(session.id);
    expect(text).toContain('Warm opening');
    expect(text).not.toContain('SECRET');

    deep<HTMLInputElement>(exporter, 'input.include-private')!.click();
    await waitFor(
      () => deep(exporter, '.markdown-preview')?.textContent?.includes('SECRET'),
      'private included',
    );
  });
});
