import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  serializeSharedFile,
  createPerson,
  createTrack,
  type Person,
  type Track,
} from '@coaching-notes/shared';
import { at } from '../browser/dashboard/fixtures';
import {
  launchSeededDashboard,
  showView,
  storedRows,
  type ChromiumWithExtension,
  type SeededDashboard,
} from './helpers';

/**
 * The team's shared file holds a "Sanne de Vries" made in another tool (another id, another
 * role) with a track of hers. The import must say so, show both roles, and merge on request.
 */
let browser: ChromiumWithExtension;
let page: Page;
let data: SeededDashboard['data'];
let theirs: Person;
let theirTrack: Track;

beforeAll(async () => {
  ({ browser, page, data } = await launchSeededDashboard());
  const ctx = { ...at('2026-11-20T10:00:00Z'), actor: 'colleague' };
  theirs = createPerson({ displayName: 'Sanne de Vries', role: 'teamleider' }, ctx);
  theirTrack = createTrack(
    {
      kind: 'mentoring',
      title: 'Mentoring Sanne',
      coacheeIds: [theirs.id],
      coachIds: [],
      status: 'active',
    },
    ctx,
  );
});

afterAll(async () => {
  await browser?.cleanup();
});

async function chooseFile(): Promise<void> {
  await showView(page, 'exchange');
  await page.locator('input[name="import"]').setInputFiles({
    name: 'team.coaching.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(serializeSharedFile([theirs, theirTrack])),
  });
}

describe('import of a same-named person', () => {
  test('is offered as a merge with both roles shown; merged, both ids stay and the people list shows her once', async () => {
    await chooseFile();
    const offer = page.locator('cn-dash-exchange fieldset.namesakes');
    await offer.waitFor();
    const row = offer.locator(`label[data-person="${theirs.id}"]`);
    expect(await row.textContent()).toContain('Sanne de Vries (teamleider) in the file is');
    const options = await row.locator('option').allTextContents();
    expect(options.map((o) => o.trim())).toEqual([
      'someone else (keep apart)',
      'the same person as Sanne de Vries (accountmanager) here (merge)',
    ]);
    await row.locator('select').selectOption(data.sanne.id);
    await page.getByRole('button', { name: /^Import \d+ changes$/ }).click();
    await page.getByText(/^Imported \d+ changes\.$/).waitFor();

    const rows = await storedRows(page);
    const people = rows.filter((r) => r.type === 'person');
    const mine = people.find((r) => r.id === data.sanne.id)!.record;
    expect(mine['aliases']).toEqual([theirs.id]);
    // Their record is imported unchanged: nothing of another person's is rewritten.
    expect(people.find((r) => r.id === theirs.id)?.record['displayName']).toBe('Sanne de Vries');

    await showView(page, 'people');
    const sannes = page.locator('cn-dash-people .list-button', { hasText: 'Sanne de Vries' });
    await expect.poll(() => sannes.count()).toBe(1);
    await sannes.click();
    // Her tracks under both ids, together.
    await expect
      .poll(() => page.locator('cn-dash-people article h3').allTextContents())
      .toContain('Mentoring Sanne');
  });
});
