import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { claimActor, type Person } from '@coaching-notes/shared';
import '../../../extension-browser/src/dashboard/components';
import type { CnDashboard } from '../../../extension-browser/src/dashboard/components';
import { axeViolations, deepAll, deepFind, memoryHost, until } from './dom';
import { actor, at, seed } from './fixtures';

const NOW = new Date('2026-10-20T09:00:00Z');
let counter = 0;

async function mount(
  options: { identityAsked?: boolean; view?: CnDashboard['view']; locale?: 'nl' | 'en' } = {},
  data?: Awaited<ReturnType<typeof seed>>,
) {
  const seeded = data ?? (await seed());
  const host = memoryHost({ identityAsked: options.identityAsked ?? true });
  const el = document.createElement('cn-dashboard') as CnDashboard;
  el.store = seeded.store;
  el.host = host;
  el.locale = options.locale ?? 'en';
  el.actor = actor;
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
