import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  parseSharedFile,
  editRecord,
  isTombstone,
  type StoredRecord,
} from '@coaching-notes/shared';
import {
  downloadText,
  launchSeededDashboard,
  showView,
  storedRows,
  type ChromiumWithExtension,
} from './helpers';
import { at, heldSession, type Seed } from '../browser/dashboard/fixtures';

/**
 * The shared file (export and import previews, conflicts) and the privacy tools (access
 * request, erase, retention purge, storage persistence), checked by reading IndexedDB.
 */
let browser: ChromiumWithExtension;
let page: Page;
let data: Seed;
let oldSessionId: string;

beforeAll(async () => {
  ({ browser, page, data } = await launchSeededDashboard(async (seeded) => {
    // Bram has a session from long ago, for the retention purge.
    const { createTrack } = await import('../../shared/src/model');
    const old = createTrack(
      {
        kind: 'mentoring',
        title: 'Mentoraat 2024',
        coacheeIds: [seeded.bram.id],
        coachIds: [],
        status: 'active',
      },
      at('2024-01-02T09:00:00Z'),
    );
    const past = heldSession(old, '2024-02-01', 'Oud gesprek', [
      { kind: 'top', text: 'Oude notitie over planning' },
    ]);
    oldSessionId = past.session.id;
    await seeded.store.putMany([old, past.session, ...past.observations]);
  }));
});
afterAll(() => browser?.cleanup());

const show = (view: string) => showView(page, view);
const parse = (text: string): StoredRecord[] => {
  const parsed = parseSharedFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.records;
};

describe('shared file', () => {
  test('export preview leaves private notes out unless chosen; the file matches the preview', async () => {
    await show('exchange');
    await page.getByRole('button', { name: 'Preview the export' }).click();
    await page.getByText('5 private notes are left out.').waitFor();
    const plain = parse(
      (
        await downloadText(page, () =>
          page.getByRole('button', { name: 'Download the shared file' }).click(),
        )
      ).text,
    );
    const notes = plain.filter((r) => r.type === 'observation' && !isTombstone(r));
    expect(notes.map((r) => (r as { visibility: string }).visibility)).toEqual(['shared']);
    await page.getByLabel('Include my private notes in this export').check();
    await page.getByRole('button', { name: 'Preview the export' }).click();
    await page.getByText('Private notes are included in this export.').waitFor();
    const all = parse(
      (
        await downloadText(page, () =>
          page.getByRole('button', { name: 'Download the shared file' }).click(),
        )
      ).text,
    );
    expect(all.filter((r) => r.type === 'observation')).toHaveLength(6);
  });

  test('import preview lists new records and conflicts; a conflict is resolved by picking a version', async () => {
    // Here: Bram renamed in the dashboard. There: someone else renamed him from the same version.
    await show('people');
    await page.getByRole('button', { name: 'Bram Peeters' }).click();
    await page.getByRole('button', { name: 'Edit person' }).click();
    await page.locator('input[name="displayName"]').fill('Bram P.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Bram P.' }).waitFor();
    const there = editRecord(
      data.bram,
      { displayName: 'Bram Peeters-Janssens' },
      { actor: 'colleague', now: new Date('2026-11-02T10:00:00Z') },
    );
    const newcomer = {
      ...data.sanne,
      id: '01900000-0000-7000-8000-0000000000aa',
      displayName: 'Eva Claes',
      rev: { colleague: 1 },
    };
    const { serializeSharedFile } = await import('../../shared/src/exchange');
    await show('exchange');
    await page.locator('input[name="import"]').setInputFiles({
      name: 'team.coaching.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(serializeSharedFile([there, newcomer, data.track])),
    });
    const preview = page.locator('.preview', { hasText: 'Importing will change:' });
    await preview.waitFor();
    const text = (await preview.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('New: 1 × person');
    expect(text).toContain('Conflicts (both versions kept): 1 × person');
    expect(text).toContain('Already up to date: 1 × track');
    await preview.getByRole('button', { name: 'Import 2 changes' }).click();
    const conflict = page.locator('cn-dash-exchange li.card', { hasText: 'Bram Peeters-Janssens' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Bram P.');
    await conflict
      .locator('li.row', { hasText: 'Bram Peeters-Janssens' })
      .getByRole('button', { name: /^Keep this version/ })
      .click();
    await page.getByText('Conflict resolved.').waitFor();
    const bram = (await storedRows(page)).find((r) => r.id === data.bram.id)!.record;
    expect(bram['displayName']).toBe('Bram Peeters-Janssens');
    expect(bram['conflicts']).toBeUndefined();
    expect((bram['rev'] as Record<string, number>)['colleague']).toBe(1);
  });
});

describe('privacy tools', () => {
  test('shows whether storage is persistent', async () => {
    await show('privacy');
    await page.getByText(/The browser (keeps|may clear|does not say)/).waitFor();
  });

  test('exports everything about one person as JSONL and Markdown', async () => {
    await show('privacy');
    await page.locator('select[name="person"]').selectOption({ label: 'Sanne de Vries' });
    const files: { name: string; text: string }[] = [];
    const done = new Promise<void>((resolve) => {
      page.on('download', async (download) => {
        const { readFileSync } = await import('node:fs');
        files.push({
          name: download.suggestedFilename(),
          text: readFileSync(await download.path(), 'utf8'),
        });
        if (files.length === 2) resolve();
      });
    });
    await page.getByRole('button', { name: 'Export everything about this person' }).click();
    await done;
    const jsonl = files.find((f) => f.name.endsWith('.coaching.jsonl'))!;
    const md = files.find((f) => f.name.endsWith('.md'))!;
    expect(jsonl.name).toMatch(/^access-request-sanne-de-vries-/);
    const records = parse(jsonl.text);
    // Private notes too: it is this person's own data.
    expect(records.filter((r) => r.type === 'observation')).toHaveLength(5);
    expect(md.text).toContain('Prijsbezwaar te snel weggewuifd');
  });

  test('erases a person after a typed confirmation; only tombstones stay, and the next export carries them', async () => {
    await show('privacy');
    await page.locator('select[name="person"]').selectOption({ label: 'Sanne de Vries' });
    await page.getByRole('button', { name: 'Erase this person…' }).click();
    const confirm = page.locator('form.warning');
    expect(await confirm.textContent()).toContain('removes 2 sessions, 5 notes and 2 actions');
    await confirm.locator('input[name="confirmName"]').fill('Sanne');
    await confirm.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText('The name does not match; nothing was erased.').waitFor();
    await confirm.locator('input[name="confirmName"]').fill('Sanne de Vries');
    await confirm.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText(/^Sanne de Vries was erased/).waitFor();

    const rows = await storedRows(page);
    const dump = JSON.stringify(rows);
    for (const text of [
      'Sanne de Vries',
      'Prijsbezwaar',
      'Oefen het prijsgesprek',
      'Gesprek met Acme',
    ])
      expect(dump).not.toContain(text);
    const ids = [
      data.sanne.id,
      data.track.id,
      ...data.sessions.map((s) => s.id),
      ...data.observations.map((o) => o.id),
    ];
    for (const id of ids)
      expect(rows.find((r) => r.id === id)?.record).toMatchObject({ deleted: true });

    await show('exchange');
    await page.getByRole('button', { name: 'Preview the export' }).click();
    await page.getByText(/× deletion/).waitFor();
    const exported = parse(
      (
        await downloadText(page, () =>
          page.getByRole('button', { name: 'Download the shared file' }).click(),
        )
      ).text,
    );
    expect(exported.find((r) => r.id === data.sanne.id)).toMatchObject({ deleted: true });
  });

  test('retention purge removes what is older than the chosen months', async () => {
    await show('privacy');
    await page.locator('select[name="retention"]').selectOption('6');
    await page.getByRole('button', { name: 'Check what is older' }).click();
    await page.getByText(/^1 session from before/).waitFor();
    await page.getByRole('button', { name: 'Remove them now' }).click();
    await page.getByText(/^Removed \d+ records from before/).waitFor();
    const rows = await storedRows(page);
    expect(rows.find((r) => r.id === oldSessionId)?.record).toMatchObject({ deleted: true });
    expect(JSON.stringify(rows)).not.toContain('Oude notitie over planning');
    const sw = await browser.serviceWorker();
    const settings = await sw.evaluate(
      async () => (await chrome.storage.local.get('settings'))['settings'],
    );
    expect(settings).toMatchObject({ retentionMonths: 6 });
  });
});
