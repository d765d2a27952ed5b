import { afterEach, describe, expect, it } from 'vitest';
import '@coaching-notes/shared/ui';
import { type CnObservationPanel, sessionContextOf } from '@coaching-notes/shared/ui';
import {
  claimActor,
  createObservation,
  createPerson,
  isCoachingError,
  startSession,
  type ChangeContext,
} from '@coaching-notes/shared';
import {
  byCss,
  deep,
  deepAll,
  expectNoAxeViolations,
  fakeHost,
  meetContext,
  mount,
  seededStore,
  waitFor,
} from './helpers';

afterEach(() => document.body.replaceChildren());

/**
 * A running session on the Meet call with a shared note by Marieke (her laptop) and one by
 * Daan; the panel is Daan's (his laptop, his person).
 */
async function daansPanelOnMariekesSession() {
  const seeded = await seededStore();
  const mariekeCtx = (): ChangeContext => ({ actor: 'marieke-laptop', now: new Date() });
  const daanCtx = (): ChangeContext => ({ actor: 'daan-laptop', now: new Date() });
  const marieke = claimActor(createPerson({ displayName: 'Marieke' }, mariekeCtx()), mariekeCtx());
  const daan = claimActor(createPerson({ displayName: 'Daan' }, daanCtx()), daanCtx());
  const asMarieke = () => ({ ...mariekeCtx(), person: marieke.id });
  const asDaan = () => ({ ...daanCtx(), person: daan.id });
  const session = startSession(
    { ...seeded.session, status: 'prepared', context: sessionContextOf(meetContext)! },
    asMarieke(),
  );
  const hers = createObservation(
    session,
    { kind: 'tip', text: 'Magic 3: give the minimum tag length a name', visibility: 'shared' },
    asMarieke(),
  );
  const his = createObservation(
    session,
    { kind: 'fact', text: 'I asked for the budget', visibility: 'shared' },
    asDaan(),
  );
  await seeded.store.putMany([marieke, daan, session, hers, his]);
  const panel = document.createElement('cn-observation-panel') as CnObservationPanel;
  Object.assign(panel, {
    store: seeded.store,
    locale: 'en',
    changeContext: asDaan,
    host: fakeHost(meetContext).host,
    sessionId: session.id,
  });
  mount(panel);
  await byCss('cn-observe cn-observation-item');
  return { ...seeded, panel, hers, his };
}

describe('authorship in the panel', () => {
  it('a note by someone else shows "by Marieke" and has no edit or delete; my own note keeps both', async () => {
    const { panel } = await daansPanelOnMariekesSession();
    const items = await waitFor(() => {
      const found = deepAll(document.body, 'cn-observe cn-observation-item');
      return found.length === 2 ? found : undefined;
    }, 'two notes');
    const [hersItem, hisItem] = [
      items.find((i) => i.shadowRoot?.textContent?.includes('Magic 3'))!,
      items.find((i) => i.shadowRoot?.textContent?.includes('budget'))!,
    ];
    expect(deep(hersItem, '.byline')?.textContent).toBe('by Marieke');
    expect(deep(hersItem, '.edit-button')).toBeNull();
    expect(deep(hersItem, '.delete-button')).toBeNull();
    expect(deep(hisItem, '.byline')).toBeNull();
    expect(deep(hisItem, '.edit-button')).not.toBeNull();
    expect(deep(hisItem, '.delete-button')).not.toBeNull();
    await expectNoAxeViolations(panel);
  });

  it('the page refuses where it writes: editing or deleting her note throws and leaves the store as it was', async () => {
    const { panel, store, hers } = await daansPanelOnMariekesSession();
    const saver = panel.saver!;
    await waitFor(() => saver.editGuard, 'edit guard');
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isCoachingError(error) ? error.key : String(error);
      }
      return 'allowed';
    };
    expect(refused(() => saver.edit(hers, { text: 'rewritten' }))).toBe('core.error.notYourRecord');
    expect(refused(() => saver.edit(hers, { visibility: 'private' }))).toBe(
      'core.error.notYourRecord',
    );
    await expect(saver.remove(hers)).rejects.toMatchObject({ key: 'core.error.notYourRecord' });
    await saver.flush();
    expect(await store.get('observation', hers.id)).toEqual(hers);
  });
});
