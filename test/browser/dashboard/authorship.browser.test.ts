import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import {
  claimActor,
  createAction,
  createPerson,
  serializeSharedFile,
  tombstoneOf,
  type Person,
} from '@coaching-notes/shared';
import '../../../extension-browser/src/dashboard/components';
import type { CnDashboard } from '../../../extension-browser/src/dashboard/components';
import { axeViolations, deepAll, deepFind, memoryHost, until } from './dom';
import { actor, at, seed } from './fixtures';

const NOW = new Date('2026-10-20T09:00:00Z');
let counter = 0;

async function mount(
  options: {
    identityAsked?: boolean;
    view?: CnDashboard['view'];
    locale?: 'nl' | 'en';
    actor?: string;
  } = {},
  data?: Awaited<ReturnType<typeof seed>>,
) {
  const seeded = data ?? (await seed());
  const host = memoryHost({ identityAsked: options.identityAsked ?? true });
  const el = document.createElement('cn-dashboard') as CnDashboard;
  el.store = seeded.store;
  el.host = host;
  el.locale = options.locale ?? 'en';
  el.actor = options.actor ?? actor;
  el.now = () => NOW;
  el.view = options.view ?? 'people';
  el.searchDbName = `authorship-search-${Date.now()}-${++counter}`;
  document.body.replaceChildren(el);
  await el.updateComplete;
  return { el, host, ...seeded };
}

afterEach(() => document.body.replaceChildren());

describe('who am I', () => {
  it('asks "Who are you?" on first run and creates the named person with this profile as theirs', async () => {
    const { el, host, store } = await mount({ identityAsked: false });
    const form = await until(() => deepFind(el, 'form.identity'));
    expect(form.textContent).toContain('Who are you?');
    const select = deepAll(el, 'select[name="identity"]')[0] as HTMLSelectElement;
    await userEvent.selectOptions(select, '');
    const name = await until(() => deepAll(el, 'input[name="identity-name"]')[0]);
    await userEvent.fill(name, 'Marieke Jansen');
    expect(await axeViolations()).toEqual([]);
    deepFind(el, 'form.identity button[type="submit"]')!.click();
    await until(() => !deepFind(el, 'cn-dash-identity'));
    const people = await store.list({ type: 'person' });
    const marieke = people.find((p) => p.displayName === 'Marieke Jansen')!;
    expect(marieke.actorIds).toEqual([actor]);
    expect(el.person).toBe(marieke.id);
    expect(host.settings.identityAsked).toBe(true);

    // What this profile writes from now on names Marieke as its author.
    deepFind(el, 'button', 'New person')!.click();
    await userEvent.fill(
      await until(() => deepAll(el, 'input[name="displayName"]')[0]),
      'Noor Jansen',
    );
    deepFind(el, 'form button[type="submit"]', 'Save')!.click();
    await until(() => deepFind(el, 'h2', 'Noor Jansen'));
    const noor = (await store.list({ type: 'person' })).find(
      (p) => p.displayName === 'Noor Jansen',
    );
    expect(noor!.authorId).toBe(marieke.id);
  });

  it('"Not now" puts the first-run question off without creating anyone', async () => {
    const { el, host, store } = await mount({ identityAsked: false });
    await until(() => deepFind(el, 'form.identity'));
    deepFind(el, 'form.identity button', 'Not now')!.click();
    await until(() => !deepFind(el, 'cn-dash-identity'));
    expect(host.settings.identityAsked).toBe(true);
    expect((await store.list({ type: 'person' })).map((p) => p.displayName).sort()).toEqual([
      'Bram Peeters',
      'Sanne de Vries',
    ]);
    expect(el.person).toBeUndefined();
  });

  it('in settings, picking a person moves this profile to them and off whoever claimed it before', async () => {
    const data = await seed();
    // An earlier, wrong answer: Bram claimed this profile.
    await data.store.put(claimActor(data.bram, at('2026-10-01T09:00:00.000Z')));
    const { el, store } = await mount({ view: 'settings', locale: 'nl' }, data);
    await until(() => el.person === data.bram.id);
    const current = await until(() => deepFind(el, 'form.identity .current'));
    expect(current.textContent).toContain('Deze browser hoort bij Bram Peeters');
    await userEvent.selectOptions(
      deepAll(el, 'select[name="identity"]')[0] as HTMLSelectElement,
      data.sanne.id,
    );
    deepFind(el, 'form.identity button[type="submit"]', 'Dit ben ik')!.click();
    await until(() => el.person === data.sanne.id);
    const byId = new Map(
      (await store.list({ type: 'person' })).map((p): [string, Person] => [p.id, p]),
    );
    expect(byId.get(data.sanne.id)!.actorIds).toEqual([actor]);
    expect(byId.get(data.bram.id)!.actorIds ?? []).toEqual([]);
    expect(deepFind(el, 'form.identity [role="status"]')!.textContent).toContain(
      'Opgeslagen: je bent Sanne de Vries.',
    );
    expect(await axeViolations()).toEqual([]);
  });
});

/**
 * The seed's records were written on Marieke's laptop (the seed's replica, claimed by her); the
 * dashboard is Sanne's, on her own laptop.
 */
async function sannesDashboard(view: CnDashboard['view']) {
  const data = await seed();
  const ctx = at('2026-09-01T08:00:00.000Z');
  const marieke = claimActor(createPerson({ displayName: 'Marieke' }, ctx), ctx);
  const sanneCtx = { ...ctx, actor: 'sanne-laptop' };
  await data.store.putMany([marieke, claimActor(data.sanne, sanneCtx)]);
  const mounted = await mount({ view, actor: 'sanne-laptop' }, data);
  await until(() => mounted.el.person === data.sanne.id);
  return { ...mounted, marieke };
}

describe('authorship in the dashboard', () => {
  it('history: notes by someone else say "by Marieke"; Sanne agrees with a shared note and replies under it', async () => {
    const { el, store, sanne } = await sannesDashboard('history');
    await userEvent.selectOptions(
      await until(() => deepAll(el, 'select[name="person"]')[0] as HTMLSelectElement),
      sanne.id,
    );
    (await until(() => deepFind(el, 'summary', 'Gesprek met Acme'))).click();
    const shared = await until(() => deepFind(el, 'li', 'Klant vroeg naar een reëel budget'));
    await until(() => deepFind(shared, '.byline'));
    expect(deepFind(shared, '.byline')!.textContent).toContain('by Marieke');
    // A private note is the coach's alone: shown to her only, never answered.
    const privateNote = deepFind(el, 'li', 'Heldere agenda bij de opening')!;
    expect(deepFind(privateNote, '.byline')!.textContent).toContain('by Marieke');
    expect(deepFind(privateNote, 'cn-record-responses')).toBeUndefined();

    const agree = await until(() => deepFind(shared, 'button.ack-agree'));
    agree.click();
    await until(() => deepFind(shared, 'button.ack-agree[aria-pressed="true"]'));
    deepFind(shared, 'button.reply-button')!.click();
    await userEvent.fill(
      await until(() => deepAll(shared, 'textarea[name="reply"]')[0]),
      'Klopt, ik vraag voortaan eerst naar het budget',
    );
    deepFind(shared, 'form.reply-form button[type="submit"]')!.click();
    const reply = await until(() => deepFind(shared, 'li[data-kind="reply"]'));
    expect(reply.textContent).toContain('Sanne de Vries');
    expect(reply.textContent).toContain('Klopt, ik vraag voortaan eerst naar het budget');

    const responses = await store.list({ type: 'response' });
    expect(responses.map((r) => [r.kind, r.authorId, r.subjectType]).sort()).toEqual([
      ['agree', sanne.id, 'observation'],
      ['reply', sanne.id, 'observation'],
    ]);
    expect(await axeViolations()).toEqual([]);
  });

  it('actions board: an action by someone else that Sanne owns keeps done and drop (she owns it); one the coach owns is read-only and can be marked read', async () => {
    const { el, store, marieke, sessions } = await sannesDashboard('actions');
    const coachCtx = { ...at('2026-10-16T08:00:00.000Z'), person: marieke.id };
    const coachs = createAction(
      sessions[1]!,
      { text: 'Plan het vervolggesprek', ownerId: marieke.id, due: '2026-11-30' },
      coachCtx,
    );
    await store.put(coachs);
    const owned = await until(() => deepFind(el, 'li.card', 'Oefen het prijsgesprek'));
    await until(() => deepFind(owned, '.byline'));
    expect(deepFind(owned, '.byline')!.textContent).toContain('by Marieke');
    await until(() => deepFind(owned, 'button', 'Done'));
    // The board reads the store when it loads: load it again to read the coach’s new action.
    await (deepAll(el, 'cn-dash-actions')[0] as HTMLElement & { load(): Promise<void> }).load();
    const card = await until(() => deepFind(el, 'li.card', 'Plan het vervolggesprek'));
    await until(() => deepFind(card, '.byline'));
    expect(deepFind(card, 'button', 'Done')).toBeUndefined();
    expect(deepFind(card, 'button', 'Drop')).toBeUndefined();
    (await until(() => deepFind(card, 'button.ack-read'))).click();
    await until(() => deepFind(card, 'button.ack-read[aria-pressed="true"]'));
    expect((await store.list({ type: 'response' })).map((r) => r.kind)).toEqual(['read']);
    expect(await axeViolations()).toEqual([]);
  });

  it('actions board: her own action keeps done and drop', async () => {
    const data = await seed();
    const ctx = at('2026-09-01T08:00:00.000Z');
    // The seed's replica is Sanne's this time: she wrote every action.
    await data.store.put(claimActor(data.sanne, ctx));
    const { el } = await mount({ view: 'actions' }, data);
    await until(() => el.person === data.sanne.id);
    const card = await until(() => deepFind(el, 'li.card', 'Oefen het prijsgesprek'));
    await until(() => deepFind(card, 'button', 'Done'));
    expect(deepFind(card, '.byline')).toBeUndefined();
    expect(deepFind(card, 'button.ack-read')).toBeUndefined();
  });
});

describe('the import guard in the dashboard', () => {
  it('lists "Daan deleted your note …" and writes nothing of it until Marieke answers; "Keep mine" keeps the note', async () => {
    const data = await seed();
    const ctx = at('2026-09-01T08:00:00.000Z');
    // The seed's replica is Marieke's: she wrote the notes. Daan is new to her store.
    const marieke = claimActor(createPerson({ displayName: 'Marieke' }, ctx), ctx);
    await data.store.put(marieke);
    const daanCtx = { actor: 'daan-laptop', now: new Date('2026-10-19T08:00:00Z') };
    const daan = claimActor(createPerson({ displayName: 'Daan' }, daanCtx), daanCtx);
    const note = data.observations.find((o) => o.visibility === 'shared')!;
    const file = serializeSharedFile([daan, tombstoneOf(note, { ...daanCtx, person: daan.id })]);
    const { el, store } = await mount({ view: 'exchange' }, data);
    await until(() => el.person === marieke.id);

    const input = await until(() => deepAll(el, 'input[name="import"]')[0] as HTMLInputElement);
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], 'team.coaching.jsonl', { type: 'application/jsonl' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));

    const change = await until(() => deepFind(el, 'fieldset.foreign-change'));
    expect(change.querySelector('legend')!.textContent).toBe(
      `Daan deleted your note “${note.text}”`,
    );
    expect(deepFind(el, '.preview', 'Changes by others to what you wrote')).toBeDefined();
    expect(await axeViolations()).toEqual([]);

    // Decide later: Daan comes in, the note stays.
    deepFind(el, '.preview button.primary')!.click();
    await until(() => deepFind(el, '[role="status"]', 'waits for your answer'));
    expect((await store.get('observation', note.id))?.text).toBe(note.text);
    expect((await store.get('person', daan.id))?.displayName).toBe('Daan');

    // The same file again; this time "Keep mine".
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const again = await until(() => deepFind(el, 'fieldset.foreign-change'));
    (again.querySelector('input[value="keepMine"]') as HTMLInputElement).click();
    // Nothing to write but the answer: the button comes alive with it.
    (await until(() => deepFind(el, '.preview button.primary:not([disabled])'))).click();
    await until(() => !deepFind(el, 'fieldset.foreign-change'));
    const kept = await store.get('observation', note.id);
    expect(kept?.text).toBe(note.text);
    expect(kept?.rev['daan-laptop']).toBe(1);
  });
});
