import { afterEach, describe, expect, it } from 'vitest';
import { answerDebrief, createMemoryStore } from '@coaching-notes/shared';
import { salesPeers } from '../model/fixtures';
import '@coaching-notes/shared/ui';
import type { CnActionList } from '@coaching-notes/shared/ui';
import {
  changeContext,
  deep,
  deepAll,
  expectNoAxeViolations,
  mount,
  settle,
  typeInto,
  waitFor,
} from './helpers';

/** A peer-coaching session: Sam is observed, Marieke coaches, Daan is a peer in the track. */
async function peerSession(debriefActions: string) {
  const store = createMemoryStore();
  const ctx = changeContext();
  const peers = salesPeers(ctx);
  const { sam, marieke, daan, track } = peers;
  let session = peers.session;
  session = answerDebrief(session, { actions: debriefActions }, ctx);
  await store.putMany([sam, marieke, daan, track, session]);
  const list = document.createElement('cn-action-list') as CnActionList;
  list.store = store;
  list.locale = 'nl';
  list.changeContext = changeContext;
  list.sessionId = session.id;
  mount(list);
  return { store, session, list, sam, marieke, daan };
}

afterEach(() => document.body.replaceChildren());

const newOwner = (list: HTMLElement) => deep<HTMLSelectElement>(list, 'form select[name="owner"]')!;

describe('cn-action-list owners', () => {
  it('offers the coachee, the coach and the peers of the track, with their roles', async () => {
    const { list } = await peerSession('');
    const options = await waitFor(() => {
      const all = deepAll<HTMLOptionElement>(list, 'form select[name="owner"] option');
      return all.length === 4 ? all : null;
    }, 'four owner options');
    expect(options.map((o) => o.text.trim())).toEqual([
      'Nog niemand',
      'Sam Peeters (account manager)',
      'Marieke de Vries (sales manager)',
      'Daan Bakker (account manager)',
    ]);
    await expectNoAxeViolations(list);
  });

  it('"Marieke: …" in the debrief makes Marieke the owner; other lines go to the coachee', async () => {
    const { store, session, list, sam, marieke } = await peerSession(
      '- Marieke: belt de klant terug over de offerte\n- Oefen de samenvatting',
    );
    const takeOver = await waitFor(
      () => deep<HTMLButtonElement>(list, 'button.take-over'),
      'take-over button',
    );
    await waitFor(() => deepAll(list, 'form select[name="owner"] option').length === 4, 'owners');
    takeOver.click();
    await waitFor(() => deepAll(list, 'li.action').length === 2, 'two actions');
    await settle();
    const actions = await store.list({ type: 'action', sessionId: session.id });
    expect(actions.map((a) => [a.text, a.ownerId]).sort()).toEqual([
      ['Marieke: belt de klant terug over de offerte', marieke.id],
      ['Oefen de samenvatting', sam.id],
    ]);
  });

  it('a typed "Daan: …" picks Daan; the next new action starts from the coachee again', async () => {
    const { store, session, list, sam, daan } = await peerSession('');
    await waitFor(() => deepAll(list, 'form select[name="owner"] option').length === 4, 'owners');
    expect(newOwner(list).value).toBe(sam.id);
    const text = deep<HTMLInputElement>(list, '#new-action')!;
    typeInto(text, 'Daan: deelt zijn bezwaarlijst');
    expect(newOwner(list).value).toBe(daan.id);
    deep<HTMLButtonElement>(list, 'form button[type="submit"]')!.click();
    await waitFor(() => deepAll(list, 'li.action').length === 1, 'one action');
    await settle();
    expect(newOwner(list).value).toBe(sam.id);
    const [action] = await store.list({ type: 'action', sessionId: session.id });
    expect(action?.ownerId).toBe(daan.id);
  });
});
