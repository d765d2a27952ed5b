import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CnDashLink } from '../../../extension-browser/src/dashboard/link/link-view.component';
import '../../../extension-browser/src/dashboard/link/link-view';
import {
  removeLink,
  saveLink,
  type TeamFileLink,
} from '../../../extension-browser/src/dashboard/link/link-store';
import { axeViolations, deepFind, memoryHost, until } from './dom';
import { seed } from './fixtures';

async function mount(): Promise<CnDashLink> {
  const data = await seed();
  const el = document.createElement('cn-dash-link');
  el.ctx = {
    store: data.store,
    locale: 'nl',
    actor: 'dash-test',
    host: memoryHost(),
    now: () => new Date('2026-11-26T08:00:00Z'),
  };
  // As in the dashboard: its title, then the shared-file view's heading, then this section.
  const main = document.createElement('main');
  const title = document.createElement('h1');
  title.textContent = 'Coachingsoverzicht';
  const heading = document.createElement('h2');
  heading.textContent = 'Gedeeld bestand';
  main.append(title, heading, el);
  document.body.replaceChildren(main);
  await el.updateComplete;
  return el;
}

beforeEach(() => removeLink());
afterEach(() => document.body.replaceChildren());

describe('cn-dash-link in Dutch', () => {
  it('offers to link the team file or create one, with no axe violations', async () => {
    const el = await mount();
    await until(() => deepFind(el, 'button', 'Teambestand koppelen…'));
    expect(deepFind(el, 'button', 'Nieuw teambestand maken…')).toBeDefined();
    expect(await axeViolations()).toEqual([]);
  });

  it('shows a linked file with sync, unlink and the session-end setting, with no axe violations', async () => {
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('team.coaching.jsonl', { create: true });
    const link: TeamFileLink = {
      version: 1,
      handle,
      name: handle.name,
      syncAtSessionEnd: true,
    };
    await saveLink(link);
    const el = await mount();
    await until(() => deepFind(el, '.linked', 'Gekoppeld aan team.coaching.jsonl'));
    expect(deepFind(el, '.last-sync')?.textContent).toContain('Nog niet gesynchroniseerd.');
    expect(deepFind(el, 'button', 'Synchroniseren')).toBeDefined();
    expect(deepFind(el, 'button', 'Ontkoppelen')).toBeDefined();
    expect(deepFind(el, 'label', 'Synchroniseren aan het eind van elke sessie')).toBeDefined();
    expect(await axeViolations()).toEqual([]);
  });

  it('says the browser cannot link a file when the File System Access API is missing', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'showOpenFilePicker');
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined, configurable: true });
    try {
      const el = await mount();
      expect(deepFind(el, '.unsupported')?.textContent).toContain(
        'Je browser kan geen bestand koppelen: download het samengevoegde bestand en zet het in de teammap.',
      );
      expect(deepFind(el, 'button', 'Teambestand koppelen…')).toBeUndefined();
    } finally {
      if (own) Object.defineProperty(window, 'showOpenFilePicker', own);
      else delete (window as unknown as Record<string, unknown>)['showOpenFilePicker'];
    }
  });
});
