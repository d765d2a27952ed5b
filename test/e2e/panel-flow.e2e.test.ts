import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  killBrowser,
  launchOnMeet,
  openExtensionPage,
  panelFrame,
  showOverlay,
  startObservation,
  storedRows,
  type ChromiumWithExtension,
} from './helpers';

const MEET_URL = 'https://meet.google.com/abc-defg-hij';
const profileDir = mkdtempSync(join(tmpdir(), 'cn-panel-e2e-'));
let chromium: ChromiumWithExtension | undefined;

/** Chromium with the extension and the sample call page; `reuseProfile` for the restart test. */
async function launch(reuseProfile?: string): Promise<ChromiumWithExtension> {
  return launchOnMeet(reuseProfile ? { profileDir: reuseProfile } : {});
}

async function openOverlayPanel(
  c: ChromiumWithExtension,
): Promise<{ page: Page; panel: Frame; tabId: number }> {
  const page = await c.ctx.newPage();
  await page.goto(MEET_URL);
  const tabId = await showOverlay(await c.serviceWorker(), page);
  const panel = await panelFrame(page);
  await panel.locator('cn-observation-panel').waitFor();
  return { page, panel, tabId };
}

/**
 * Every live record in the extension's own IndexedDB, read from a first-party extension page
 * (the overlay frame itself may be denied storage: it reaches the store through the background).
 */
async function storedRecords(
  c: ChromiumWithExtension,
): Promise<{ type: string; [key: string]: unknown }[]> {
  const page = await openExtensionPage(c.ctx, c.extensionId, 'popup/index.html');
  try {
    return (await storedRows(page))
      .map((row) => row.record as { type: string; deleted?: boolean })
      .filter((record) => !record.deleted);
  } finally {
    await page.close();
  }
}

function countByType(records: { type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}

afterAll(async () => {
  await chromium?.cleanup();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('observation flow in the overlay panel (built extension, real Chromium)', () => {
  test('a whole observation; reload and browser restart keep everything; axe finds nothing', async () => {
    chromium = await launch(profileDir);
    const { page, panel, tabId } = await openOverlayPanel(chromium);
    expect(await axeViolations(panel)).toEqual([]);

    // The dashboard is one click away: the background opens it in a new tab.
    await panel.locator('cn-observation-panel button.open-dashboard').click();
    const isDashboard = (p: Page) => p.url().endsWith('/dashboard/index.html');
    await expect.poll(() => chromium!.ctx.pages().some(isDashboard)).toBe(true);
    await chromium.ctx.pages().find(isDashboard)?.close();

    // Pick/create: coachee, track, a planned session on this call.
    await panel.locator('form.new-coachee input[name="name"]').fill('Sam Peeters');
    await panel.locator('form.new-coachee input[name="role"]').fill('account manager');
    await panel.locator('form.new-coachee button[type="submit"]').press('Enter');
    await panel.locator('form.new-track input[name="title"]').fill('Client calls');
    await panel.locator('form.new-track button[type="submit"]').click();
    await expect
      .poll(() => panel.locator('form.new-session .context').textContent())
      .toContain('Weekly sales sync');
    await panel.locator('form.new-session button[type="submit"]').click();

    // Before: the prep checklist and the gate.
    await panel
      .locator('cn-prepare textarea[data-question="aim"]')
      .fill('Renew the contract for 2027');
    await panel.locator('cn-prepare button.prepared').click();
    await panel.locator('cn-prepare button.start').click();
    await panel.locator('cn-observe .timer').waitFor();
    expect(await axeViolations(panel)).toEqual([]);

    // During: a key in the panel, and the browser command routed through the background.
    await panel.locator('cn-observe .capture').focus();
    await panel.locator('cn-observe .capture').press('1');
    await panel
      .locator('cn-observation-item.draft textarea')
      .pressSequentially('Clear agenda at the start');
    await panel.locator('cn-observation-item.draft textarea').press('Enter');
    const sw = await chromium.serviceWorker();
    const ack = await sw.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id, kind: 'tip' }),
      tabId,
    );
    expect(ack).toEqual({ ok: true });
    await panel.locator('cn-observation-item.draft textarea').fill('Let the client finish');
    await panel.locator('cn-observation-item.draft textarea').press('Enter');
    await expect
      .poll(() => panel.locator('cn-observe ul.observations cn-observation-item').count())
      .toBe(2);
    await expect
      .poll(() => panel.locator('cn-save-status [data-state]').getAttribute('data-state'))
      .toBe('saved');
    const anchors = JSON.stringify(
      (await storedRecords(chromium)).filter((r) => r.type === 'observation'),
    );
    expect(anchors).toContain('Weekly sales sync');
    expect(anchors).toContain('google-meet');

    // After: feedback, debrief, actions.
    await panel.locator('cn-observe button.end-observation').click();
    await panel
      .locator('cn-debrief textarea[data-question="coachee-experience"]')
      .fill('Calm and prepared');
    await panel
      .locator('cn-debrief textarea[data-question="actions"]')
      .fill('Ask three open questions');
    await panel.locator('cn-action-list button.take-over').click();
    await panel.locator('cn-action-list li.action input[type="date"]').fill('2026-12-15');
    await panel.locator('cn-action-list li.action input[type="date"]').dispatchEvent('change');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.locator('button.finish').click();

    // Export: the shared file download, without the private notes.
    await panel.locator('cn-session-export .markdown-preview').waitFor();
    expect(await panel.locator('cn-session-export .markdown-preview').textContent()).not.toContain(
      'Clear agenda',
    );
    const download = page.waitForEvent('download');
    await panel.locator('cn-session-export button.download-shared').click();
    const file = await download;
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).toContain('Sam Peeters');
    expect(text).not.toContain('Clear agenda');
    expect(await axeViolations(panel)).toEqual([]);
    await expect
      .poll(() => panel.locator('cn-save-status [data-state]').getAttribute('data-state'))
      .toBe('saved');

    // Reload: the overlay comes back on the same session.
    await page.reload();
    await showOverlay(await chromium.serviceWorker(), page);
    const again = await panelFrame(page);
    await again.locator('cn-observation-panel').waitFor();
    await again.locator('cn-session-export .markdown-preview').waitFor();
    expect(countByType(await storedRecords(chromium))).toMatchObject({
      person: 1,
      track: 1,
      session: 1,
      observation: 2,
      action: 1,
    });

    // Browser restart with the same profile: still there, also in the side panel page.
    await chromium.ctx.close();
    chromium = await launch(profileDir);
    const sidePanel = await openExtensionPage(
      chromium.ctx,
      chromium.extensionId,
      'panel/index.html?mode=sidepanel',
    );
    await sidePanel.locator('cn-session-export .markdown-preview').waitFor();
    expect(countByType(await storedRecords(chromium))).toMatchObject({
      person: 1,
      track: 1,
      session: 1,
      observation: 2,
      action: 1,
    });
    expect(await sidePanel.locator('cn-observation-panel header h1').textContent()).toContain(
      'Sam Peeters',
    );
    expect(await axeViolations(sidePanel.mainFrame())).toEqual([]);
  });

  test('keyboard only in the overlay; deleting a session is refused while the page covers the panel', async () => {
    await chromium?.cleanup();
    chromium = await launch();
    const { page, panel } = await openOverlayPanel(chromium);
    const keys = page.keyboard;

    await panel.locator('form.new-coachee input[name="name"]').focus();
    await keys.type('Noor Janssens');
    await keys.press('Enter');
    await expect
      .poll(() =>
        panel.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('name');
        }),
      )
      .toBe('title');
    await keys.type('Team meetings');
    await keys.press('Enter');
    await panel.locator('form.new-session input[value="no"]').focus();
    await keys.press('Space');
    await keys.press('Tab');
    await keys.press('Enter');
    await panel.locator('cn-prepare button.start').focus();
    await keys.press('Enter');
    await panel.locator('cn-observe .timer').waitFor();
    await keys.press('5');
    await panel.locator('cn-observation-item.draft textarea').waitFor();
    await keys.type('Steps in to rephrase the question');
    await keys.press('Enter');
    await expect
      .poll(() => panel.locator('cn-observe ul.observations cn-observation-item').count())
      .toBe(1);
    expect(
      await panel
        .locator('cn-observe ul.observations cn-observation-item')
        .getAttribute('data-kind'),
    ).toBe('intervention');

    // The host page lays a near-transparent decoy over the whole viewport (it cannot reach the
    // panel's DOM, but it can cover the iframe): the confirmation is refused.
    await panel.locator('cn-confirm-action.delete-session [part="trigger"]').click();
    const yes = panel.locator('cn-confirm-action.delete-session .confirm-yes');
    await yes.waitFor();
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,0.01);pointer-events:none';
      document.body.append(decoy);
    });
    await page.waitForTimeout(700);
    await yes.focus();
    await keys.press('Enter');
    await panel.locator('cn-confirm-action.delete-session .refused').waitFor();
    expect(countByType(await storedRecords(chromium))).toMatchObject({
      session: 1,
      observation: 1,
    });

    // Uncovered and visible for a moment: the same confirmation deletes.
    // The guard wants the panel visibly on screen for a moment; on a loaded machine the browser's
    // visibility report can lag, so a refused press is tried again.
    await page.evaluate(() => document.getElementById('decoy')?.remove());
    const picker = panel.locator('cn-session-picker');
    await expect
      .poll(
        async () => {
          await page.waitForTimeout(500);
          if (await yes.count()) {
            await yes.focus();
            await keys.press('Enter');
          }
          return picker.isVisible();
        },
        { timeout: 15_000, interval: 0 },
      )
      .toBe(true);
    await expect
      .poll(async () => countByType(await storedRecords(chromium!))['session'] ?? 0)
      .toBe(0);
    expect(countByType(await storedRecords(chromium)).observation ?? 0).toBe(0);
  });

  test('a note committed with Enter is in IndexedDB after kill -9 of the browser while the next note is typed', async () => {
    await chromium?.cleanup();
    const crashProfile = mkdtempSync(join(tmpdir(), 'cn-crash-e2e-'));
    try {
      chromium = await launch(crashProfile);
      const { panel, tabId } = await openOverlayPanel(chromium);
      await startObservation(panel, 'Daan Bakker');

      const sw = await chromium.serviceWorker();
      const capture = (kind: string) =>
        sw.evaluate(
          ([id, k]) => chrome.runtime.sendMessage({ type: 'capture', tabId: id, kind: k }),
          [tabId, kind] as const,
        );
      await capture('top');
      const draft = panel.locator('cn-observation-item.draft textarea');
      await draft.pressSequentially('Note A opens with the agenda');
      await draft.press('Enter');
      await capture('tip');
      // Note B is typed without a pause; the browser dies 300 ms after note A was committed.
      const typing = draft
        .pressSequentially('Note B lets the client finish every sentence', { delay: 40 })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      killBrowser(crashProfile);
      await typing;
      await chromium.cleanup().catch(() => undefined);

      chromium = await launch(crashProfile);
      const notes = (await storedRecords(chromium))
        .filter((record) => record.type === 'observation')
        .map((record) => record['text']);
      expect(notes).toContain('Note A opens with the agenda');
    } finally {
      await chromium?.cleanup();
      chromium = undefined;
      rmSync(crashProfile, { recursive: true, force: true });
    }
  });
});
