import { writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createObservation,
  createPerson,
  createSession,
  createTrack,
  clientMeetingObservation,
  parseSharedFile,
  serializeSharedFile,
  startSession,
  tombstoneOf,
  type ChangeContext,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import {
  answerRetention,
  axeViolations,
  downloadText,
  launchChromiumWithExtension,
  openDashboard,
  showView,
  storedRows,
  type ChromiumWithExtension,
} from './helpers';

/**
 * Two people, one file, two real Chromium profiles: coach Marieke writes a shared note and a
 * private canary; Daan imports her file, sees who wrote it, cannot change it, reads and answers
 * it, and (through a crafted file, as an older or other tool could write) deletes it; Marieke
 * imports his file: his answers come in, the deletion waits for her and "Keep mine" keeps it.
 */
const CANARY = 'PRIVATE-CANARY-7f3a: only Marieke may ever read this';
const SHARED = 'Magic 3: give the minimum tag length a name';
const REPLY = 'Agreed, I named it MIN_TAG_LENGTH';

let marieke: ChromiumWithExtension;
let daan: ChromiumWithExtension;
let mPage: Page;
let dPage: Page;
const files = mkdtempSync(join(tmpdir(), 'cn-two-profiles-'));

async function actorOf(browser: ChromiumWithExtension): Promise<string> {
  const stored = await browser.sw.evaluate(() => chrome.storage.local.get('actor'));
  return (stored as { actor: string }).actor;
}

/** First-run "Who are you?": pick someone here, or enter a new name. */
async function sayWhoIAm(page: Page, name: string, existing: boolean): Promise<void> {
  const form = page.locator('form.identity').first();
  if (existing) await form.locator('select[name="identity"]').selectOption({ label: name });
  else {
    await form.locator('select[name="identity"]').selectOption('');
    await form.locator('input[name="identity-name"]').fill(name);
  }
  await form.locator('button[type="submit"]').click();
  await page.locator('cn-dash-identity.first-run').waitFor({ state: 'detached' });
}

async function personId(page: Page, name: string): Promise<string> {
  const rows = await storedRows(page);
  const row = rows.find((r) => r.type === 'person' && r.record['displayName'] === name);
  if (!row) throw new Error(`no person ${name}`);
  return row.id;
}

/** What the panel writes, put into this profile's own store with its own replica and person. */
async function writeAs(page: Page, records: StoredRecord[]): Promise<void> {
  await page.evaluate(async (json) => {
    const el = document.querySelector('cn-dashboard') as unknown as {
      store: { putMany(r: unknown[]): Promise<void> };
    };
    await el.store.putMany(JSON.parse(json) as unknown[]);
  }, JSON.stringify(records));
}

async function exportFile(page: Page, name: string): Promise<string> {
  await showView(page, 'exchange');
  await page.getByRole('button', { name: 'Preview the export' }).click();
  const { text } = await downloadText(page, () =>
    page.getByRole('button', { name: 'Download the shared file' }).click(),
  );
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
}

async function chooseImport(page: Page, path: string): Promise<void> {
  await showView(page, 'exchange');
  await page.locator('input[name="import"]').setInputFiles(path);
  await page.locator('.preview').last().waitFor();
}

let note: Observation;
let mariekeFile: string;
let daanFile: string;

beforeAll(async () => {
  [marieke, daan] = await Promise.all([
    launchChromiumWithExtension(),
    launchChromiumWithExtension(),
  ]);
  [mPage, dPage] = await Promise.all([openDashboard(marieke), openDashboard(daan)]);
  await answerRetention(mPage);
  await answerRetention(dPage);
}, 120_000);

afterAll(async () => {
  await Promise.all([marieke?.cleanup(), daan?.cleanup()]);
  rmSync(files, { recursive: true, force: true });
});

describe('two profiles, one file', () => {
  test('Marieke says who she is, writes a shared note and a private canary, and exports to a real file', async () => {
    await sayWhoIAm(mPage, 'Marieke', false);
    const me = await personId(mPage, 'Marieke');
    const ctx: ChangeContext = { actor: await actorOf(marieke), now: new Date(), person: me };
    // Her coachee, her track and session, as the panel would write them in her profile.
    const daanPerson = createPerson({ displayName: 'Daan' }, ctx);
    const track = createTrack(
      {
        kind: 'pair-programming',
        title: 'Pairing with Daan',
        coacheeIds: [daanPerson.id],
        coachIds: [me],
        status: 'active',
      },
      ctx,
    );
    const planned = createSession({ template: clientMeetingObservation, track }, ctx);
    const session = startSession({ ...planned, status: 'prepared' }, ctx);
    note = createObservation(session, { kind: 'tip', text: SHARED, visibility: 'shared' }, ctx);
    const canary = createObservation(session, { kind: 'fact', text: CANARY }, ctx);
    await writeAs(mPage, [daanPerson, track, session, note, canary]);

    mariekeFile = await exportFile(mPage, 'marieke.coaching.jsonl');
    const text = readFileSync(mariekeFile, 'utf8');
    expect(text).toContain(SHARED);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('PRIVATE-CANARY');
  });

  test('Daan imports it, is Daan, sees "by Marieke", cannot change her note, marks it read and replies', async () => {
    await chooseImport(dPage, mariekeFile);
    await dPage.getByRole('button', { name: /^Import \d+ changes$/ }).click();
    await dPage.getByText(/^Imported \d+ changes\./).waitFor();
    await sayWhoIAm(dPage, 'Daan', true);

    await showView(dPage, 'history');
    await dPage.locator('select[name="person"]').selectOption({ label: 'Daan' });
    await dPage.locator('cn-dash-history summary').first().click();
    const item = dPage.locator('li', { hasText: SHARED }).first();
    await expect.poll(() => item.locator('.byline').textContent()).toContain('by Marieke');
    // Read-only for him: the history has no edit, and the model refuses a change where it is written.
    expect(await item.locator('button', { hasText: /Edit|Delete|Done|Drop/ }).count()).toBe(0);
    await item.locator('button.ack-read').click();
    await item.locator('button.ack-read[aria-pressed="true"]').waitFor();
    await item.locator('button.reply-button').click();
    await item.locator('textarea[name="reply"]').fill(REPLY);
    await item.locator('form.reply-form button[type="submit"]').click();
    await item.locator('li[data-kind="reply"]', { hasText: REPLY }).waitFor();
    expect(await axeViolations(dPage)).toEqual([]);
  });

  test('through a crafted file Daan deletes her note, then exports; nothing private is in his profile or file', async () => {
    const daanId = await personId(dPage, 'Daan');
    const ctx: ChangeContext = { actor: await actorOf(daan), now: new Date(), person: daanId };
    const crafted = join(files, 'crafted.coaching.jsonl');
    writeFileSync(crafted, serializeSharedFile([tombstoneOf(note, ctx)]));
    await chooseImport(dPage, crafted);
    await dPage.getByRole('button', { name: /^Import 1 change$/ }).click();
    await dPage.getByText(/^Imported 1 change\./).waitFor();

    daanFile = await exportFile(dPage, 'daan.coaching.jsonl');
    const text = readFileSync(daanFile, 'utf8');
    expect(text).not.toContain('PRIVATE-CANARY');
    const parsed = parseSharedFile(text);
    expect(parsed.ok).toBe(true);
    const rows = JSON.stringify(await storedRows(dPage));
    expect(rows).not.toContain('PRIVATE-CANARY');
    expect(await dPage.evaluate(() => document.documentElement.outerHTML)).not.toContain(
      'PRIVATE-CANARY',
    );
  });

  test('Marieke imports his file: the deletion waits for her yes, "Keep mine" keeps the note; his reply and "by Daan" show', async () => {
    await chooseImport(mPage, daanFile);
    // His claim on the person record she made for him is listed too (left for later here).
    const change = mPage.locator('fieldset.foreign-change', { hasText: 'deleted your note' });
    await expect
      .poll(() => change.locator('legend').textContent())
      .toBe(`Daan deleted your note “${SHARED}”`);
    expect(await axeViolations(mPage)).toEqual([]);
    await change.locator('input[value="keepMine"]').check();
    await mPage.getByRole('button', { name: /^Import \d+ changes?$/ }).click();
    await change.waitFor({ state: 'detached' });

    const rows = await storedRows(mPage);
    const kept = rows.find((r) => r.id === note.id)!;
    expect(kept.record['text']).toBe(SHARED);
    const canary = rows.find((r) => r.record['text'] === CANARY);
    expect(canary?.record['visibility']).toBe('private');

    await showView(mPage, 'history');
    await mPage.locator('select[name="person"]').selectOption({ label: 'Daan' });
    await mPage.locator('cn-dash-history summary').first().click();
    const item = mPage.locator('li', { hasText: SHARED }).first();
    const reply = item.locator('li[data-kind="reply"]');
    await expect.poll(() => reply.textContent()).toContain(REPLY);
    expect(await reply.textContent()).toContain('Daan');
    expect(await item.locator('li[data-kind="read"]').textContent()).toContain('Daan');
    expect(await axeViolations(mPage)).toEqual([]);
  });
});
