import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  parseSharedFile,
  serializeSharedFile,
  isTombstone,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import {
  LINK_DB_NAME,
  LINK_STORE,
  TEAM_FILE_KEY,
} from '../../extension-browser/src/dashboard/link/link-store';
import {
  answerRetention,
  axeViolations,
  launchOnMeet,
  launchSeededDashboard,
  openDashboard,
  panelFrame,
  showOverlay,
  startObservation,
  showView,
  storedRows,
  type ChromiumWithExtension,
} from './helpers';
import type { Seed } from '../browser/dashboard/fixtures';

/**
 * The link to the team's file in real Chromium. The native file picker cannot be driven by a
 * test, so everything after it is: a handle from the origin private file system (OPFS) is put
 * into the slot where the picker's handle goes, and Sync runs through the dashboard's UI.
 */
const FILE = 'team.coaching.jsonl';
let browser: ChromiumWithExtension;
let page: Page;
let data: Seed;

beforeAll(async () => {
  ({ browser, page, data } = await launchSeededDashboard());
});
afterAll(() => browser?.cleanup());

const slot = { db: LINK_DB_NAME, store: LINK_STORE, key: TEAM_FILE_KEY, name: FILE };

/** Write `text` to the OPFS file and link it as the picker would have (a handle in IndexedDB). */
async function linkFile(text: string, on: Page = page): Promise<void> {
  await on.evaluate(
    async ({ db, store, key, name, text }) => {
      const root = await navigator.storage.getDirectory();
      const handle = await root.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put({ version: 1, handle, name, syncAtSessionEnd: false }, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { ...slot, text },
  );
}

/** The OPFS file's text and modification time. */
function readFile(on: Page = page): Promise<{ text: string; lastModified: number }> {
  return on.evaluate(async (name) => {
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle(name)).getFile();
    return { text: await file.text(), lastModified: file.lastModified };
  }, FILE);
}

async function showLink(on: Page = page): Promise<ReturnType<Page['locator']>> {
  // Another view first, so the shared-file view mounts afresh and reads the link again.
  await showView(on, 'people');
  await showView(on, 'exchange');
  const section = on.locator('cn-dash-link section');
  await section.getByText(`Linked to ${FILE}`).waitFor();
  return section;
}

function parse(text: string): StoredRecord[] {
  const parsed = parseSharedFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.records;
}

const noteTexts = (records: StoredRecord[]) =>
  records
    .filter((r): r is Observation => r.type === 'observation' && !isTombstone(r))
    .map((r) => r.text);

describe('link to the team file (Chromium)', () => {
  test('sync takes a colleague’s note in through the import preview, then writes my shared notes and never private ones into the file', async () => {
    const shared = data.observations.find((o) => o.visibility === 'shared')!;
    const colleagues: Observation = {
      ...shared,
      id: '01900000-0000-7000-8000-0000000000c1',
      text: 'Collega Eva: sterke samenvatting aan het eind',
      rev: { colleague: 1 },
    };
    const before = serializeSharedFile([colleagues]);
    await linkFile(before);
    const section = await showLink();
    expect(await section.textContent()).toContain('Not synced yet.');

    await section.getByRole('button', { name: 'Sync', exact: true }).click();
    const preview = page.locator('.preview', { hasText: 'Importing will change:' });
    await preview.waitFor();
    expect((await preview.innerText()).replace(/\s+/g, ' ')).toContain('New: 1 × note');
    await section.getByText(/check them under Import below/).waitFor();
    // Nothing is written before the user imports.
    expect((await readFile()).text).toBe(before);

    await preview.getByRole('button', { name: 'Import 1 change' }).click();
    await section.getByText('1 change taken in; the file was updated.').waitFor();
    const rows = await storedRows(page);
    expect(rows.some((r) => r.id === colleagues.id)).toBe(true);
    const texts = noteTexts(parse((await readFile()).text));
    expect(texts).toContain(colleagues.text);
    expect(texts).toContain(shared.text);
    const privateNotes = data.observations.filter((o) => o.visibility === 'private');
    expect(privateNotes.length).toBeGreaterThan(0);
    for (const note of privateNotes) expect(texts).not.toContain(note.text);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a second sync with nothing new leaves the file as it is', async () => {
    const section = await showLink();
    const before = await readFile();
    await section.getByRole('button', { name: 'Sync', exact: true }).click();
    await section.getByText('0 changes taken in; the file already held everything.').waitFor();
    expect(await readFile()).toEqual(before);
  });

  test('the link survives a reload, with its last sync', async () => {
    await page.reload();
    await page.locator('cn-dashboard header nav').waitFor();
    const section = await showLink();
    expect(await section.locator('.last-sync').textContent()).toContain(
      'the file already held everything',
    );
  });

  test('a file that does not parse is left untouched, with the reason shown', async () => {
    const broken = '{"type":"observation","id":"not-a-record"}\nthis is not JSON\n';
    await linkFile(broken);
    const section = await showLink();
    await section.getByRole('button', { name: 'Sync', exact: true }).click();
    await section
      .getByText('the file is not a valid shared file and was left untouched.')
      .waitFor();
    expect(await section.getByRole('alert').textContent()).toContain('line 1');
    expect((await readFile()).text).toBe(broken);
  });

  test('when the browser asks again, "Allow access again" requests read and write access', async () => {
    await linkFile('');
    // An OPFS handle is always granted: make the handle answer as a picked file does after a restart.
    await page.evaluate(() => {
      const asked: unknown[] = [];
      let state: PermissionState = 'prompt';
      const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
      proto['queryPermission'] = async () => state;
      proto['requestPermission'] = async (descriptor: unknown) => {
        asked.push(descriptor);
        state = 'granted';
        return state;
      };
      (globalThis as unknown as { asked: unknown[] }).asked = asked;
    });
    const section = await showLink();
    await section.getByText(/asks once more before this page may read and write/).waitFor();
    await section.getByRole('button', { name: 'Allow access again' }).click();
    await section
      .getByRole('button', { name: 'Allow access again' })
      .waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked),
    ).toEqual([{ mode: 'readwrite' }]);
  });

  test('unlink forgets the file and leaves it as it was', async () => {
    const section = await showLink();
    const before = await readFile();
    await section.getByRole('button', { name: 'Unlink' }).click();
    await section
      .getByText('The file is no longer linked; the file itself is unchanged.')
      .waitFor();
    await section.getByRole('button', { name: "Link the team's file…" }).waitFor();
    expect(await readFile()).toEqual(before);
  });
});

describe('sync at the end of each session (Chromium)', () => {
  test('completing a session in the call panel syncs the linked file from the open dashboard; a later one needing permission shows a notice with one click to allow and sync', async () => {
    const meet = await launchOnMeet();
    try {
      const dashboard = await openDashboard(meet);
      await answerRetention(dashboard);
      await linkFile('', dashboard);
      const section = await showLink(dashboard);
      await section.getByLabel('Sync at the end of each session').check();

      const call = await meet.ctx.newPage();
      await call.goto('https://meet.google.com/abc-defg-hij');
      await showOverlay(await meet.serviceWorker(), call);
      const panel = await panelFrame(call);
      await panel.locator('cn-observation-panel').waitFor();
      await startObservation(panel, 'Sam Peeters');
      await panel.locator('cn-observe button.end-observation').click();
      expect((await readFile(dashboard)).text).toBe('');
      await panel.locator('button.finish').click();

      await dashboard
        .locator('cn-dash-link-watch [role="status"]', {
          hasText: /Synced with team\.coaching\.jsonl after the session/,
        })
        .waitFor({ timeout: 20_000 });
      const records = parse((await readFile(dashboard)).text);
      const session = records.find((r) => r.type === 'session') as { status?: string } | undefined;
      expect(session?.status).toBe('done');
      expect(JSON.stringify(records)).toContain('Sam Peeters');

      // Opened later, after a session ended since the last sync, with the browser asking again
      // (as after a restart): a notice with the one click that continues, not a silent failure.
      await dashboard.evaluate(
        ({ db, store, key }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open(db);
            open.onsuccess = () => {
              const tx = open.result.transaction(store, 'readwrite');
              const links = tx.objectStore(store);
              const get = links.get(key);
              get.onsuccess = () =>
                links.put(
                  {
                    ...get.result,
                    lastSync: { ...get.result.lastSync, at: '2000-01-01T00:00:00.000Z' },
                  },
                  key,
                );
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          }),
        slot,
      );
      await dashboard.addInitScript(() => {
        let state: PermissionState = 'prompt';
        const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
        proto['queryPermission'] = async () => state;
        proto['requestPermission'] = async () => (state = 'granted');
      });
      await dashboard.reload();
      const notice = dashboard.locator('cn-dash-link-watch [role="alert"]');
      await notice
        .getByText(/Syncing with team\.coaching\.jsonl needs your permission first/)
        .waitFor();
      await notice.getByRole('button', { name: 'Allow access and sync' }).click();
      await dashboard
        .locator('cn-dash-link-watch [role="status"]', {
          hasText: /Synced with team\.coaching\.jsonl/,
        })
        .waitFor();
    } finally {
      await meet.cleanup();
    }
  });
});
