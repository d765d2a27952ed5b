import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoredRecord } from '@coaching-notes/shared';
import { envelopeOf } from '@coaching-notes/shared/idb';
import { CANARY, scene } from '../shared/exchange/coachee-scene';
import {
  axeViolations,
  downloadText,
  answerRetention,
  launchChromiumWithExtension,
  openDashboard,
  showView,
  storedRows,
  type ChromiumWithExtension,
} from './helpers';

/** A shared tip of the scene: finding it where the canary is looked for proves the look works. */
const SHARED_TIP = 'Magic 3: give the minimum tag length a name';

let chromium: ChromiumWithExtension;

beforeAll(async () => {
  chromium = await launchChromiumWithExtension({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => chromium?.cleanup());

/** Puts records into the extension's IndexedDB from the dashboard (which opens and migrates it). */
async function seed(records: StoredRecord[]): Promise<void> {
  const page = await openDashboard(chromium);
  const rows = records.map(envelopeOf);
  await page.evaluate(
    (envelopes) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('coaching-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          for (const row of envelopes) tx.objectStore('records').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows as unknown[],
  );
  await page.close();
}

/**
 * Opens the debrief tab of `sessionId`, recording before its own script runs every message it
 * sends and every answer it gets, and every attempt to open IndexedDB.
 */
async function openDebriefPage(sessionId: string): Promise<Page> {
  const page = await chromium.ctx.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    const idbOpens: string[] = [];
    Object.assign(globalThis, { __seenMessages: seen, __idbOpens: idbOpens });
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (
      m: unknown,
    ) => Promise<unknown>;
    (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = (message: unknown) => {
      seen.push(JSON.stringify(message));
      return send(message).then((answer) => {
        seen.push(JSON.stringify(answer));
        return answer;
      });
    };
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      idbOpens.push(name);
      return open(name, version);
    };
  });
  await page.goto(
    `chrome-extension://${chromium.extensionId}/pages/debrief/index.html#${sessionId}`,
  );
  await page.locator('cn-coachee-debrief h1').waitFor();
  return page;
}

/** All text in the page's DOM, through open shadow roots. */
function domText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
      const attrs =
        node instanceof Element ? [...node.attributes].map((a) => a.value).join(' ') : '';
      return `${attrs} ${[...root.childNodes].map(walk).join(' ')}`;
    };
    return walk(document.documentElement);
  });
}

/** A heap snapshot of the page's JS, as the text DevTools would save. */
async function heapSnapshot(page: Page): Promise<string> {
  const cdp: CDPSession = await chromium.ctx.newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}

describe('debrief with the coachee in a browser tab (real Chromium)', () => {
  test('a private canary note never reaches the page: not its DOM, its JS heap or its messages; the page opens no IndexedDB', async () => {
    const { records, session, secret } = scene();
    await seed(records);
    const page = await openDebriefPage(session.id);
    // Walk every step, so all the page ever shows has been rendered.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.locator('cn-coachee-debrief article.summary').waitFor();
    const dom = await domText(page);
    expect(dom).toContain(SHARED_TIP);
    expect(dom).not.toContain(CANARY);
    expect(dom).not.toContain(secret.id);

    const messages = await page.evaluate(
      () => (globalThis as unknown as { __seenMessages: string[] }).__seenMessages,
    );
    expect(messages.join('\n')).toContain(SHARED_TIP);
    expect(messages.join('\n')).not.toContain(CANARY);
    expect(messages.join('\n')).not.toContain(secret.id);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __idbOpens: string[] }).__idbOpens),
    ).toEqual([]);

    const heap = await heapSnapshot(page);
    expect(heap).toContain(SHARED_TIP);
    expect(heap).not.toContain(CANARY);
    expect(heap).not.toContain(secret.id);
    await page.close();
  });

  test('hand-over: the coachee self-assesses first, then tops appear; the summary Markdown holds the self-assessment and no private text', async () => {
    const { records, session, self, goal } = scene();
    await seed(records.filter((r) => r.id !== self.id));
    const page = await openDebriefPage(session.id);
    const view = page.locator('cn-coachee-debrief');
    await view.getByText('Coach: hand the screen to Daan').waitFor();
    expect(await domText(page)).not.toContain('Clear commit messages');
    expect(await axeViolations(page)).toEqual([]);

    await view.locator(`fieldset[data-goal="${goal.id}"] label.option`).nth(3).click();
    await view.getByLabel('How did you experience it?').fill('Calmer than last time');
    await view.getByRole('button', { name: 'Save my view' }).click();
    const row = view.locator(`table.side-by-side tr[data-goal="${goal.id}"]`);
    await row.waitFor();
    expect(await row.locator('td.self').textContent()).toContain('4/5 — goes well');

    await page.keyboard.press('ArrowRight');
    await view.locator('.step').getByText('Clear commit messages').waitFor();
    await view.locator('nav button[data-step="summary"]').click();
    const summary = await downloadText(page, () =>
      view.getByRole('button', { name: 'Download Markdown' }).click(),
    );
    expect(summary.name).toBe('debrief-2026-11-22-client-meeting-observation.md');
    expect(summary.text).toContain('## Self-assessment by Daan');
    expect(summary.text).toContain('- **Name things well:** 4/5 — goes well');
    expect(summary.text).toContain('- **How did you experience it?** Calmer than last time');
    expect(summary.text).not.toContain(CANARY);

    // Stored by the background as the coachee's own record.
    const dashboard = await openDashboard(chromium);
    const stored = (await storedRows(dashboard)).filter(
      (row) =>
        row.type === 'selfAssessment' &&
        (row.record as { sessionId?: string }).sessionId === session.id,
    );
    await dashboard.close();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.record).toMatchObject({
      authorId: self.coacheeId,
      ratings: { [goal.id]: 4 },
      experience: 'Calmer than last time',
    });
    await page.close();
  });

  test('the summary prints as one clean page (print stylesheet), and axe finds nothing in light and dark', async () => {
    const { records, session } = scene();
    await seed(records);
    const page = await openDebriefPage(session.id);
    const view = page.locator('cn-coachee-debrief');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const step of ['self', 'tops', 'tips', 'actions', 'help', 'summary']) {
        await view.locator(`nav button[data-step="${step}"]`).click();
        expect(await axeViolations(page), `${scheme} ${step}`).toEqual([]);
      }
    }
    await view.locator('nav button[data-step="tops"]').click();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    // In print only the summary shows, whatever step is on screen.
    expect(await view.locator('nav').isVisible()).toBe(false);
    expect(await view.locator('article.summary').isVisible()).toBe(true);
    expect(await view.getByRole('button', { name: 'Download Markdown' }).isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.close();
  });

  test('the panel’s "debrief:open" opens the tab at its session; only that tab is served debriefs', async () => {
    const { records, session } = scene();
    await seed(records);
    const panel = await chromium.ctx.newPage();
    await panel.goto(`chrome-extension://${chromium.extensionId}/panel/index.html?mode=sidepanel`);
    const [tab] = await Promise.all([
      chromium.ctx.waitForEvent('page'),
      panel.evaluate(
        (sessionId) => chrome.runtime.sendMessage({ type: 'debrief:open', sessionId }),
        session.id,
      ),
    ]);
    await tab.locator('cn-coachee-debrief h1').waitFor();
    expect(new URL(tab.url()).pathname).toBe('/pages/debrief/index.html');
    expect(await tab.locator('cn-coachee-debrief h1').textContent()).toBe('Debrief with Daan');
    // Another extension page asking for a debrief gets nothing.
    const refused = await panel.evaluate(
      (sessionId) =>
        chrome.runtime.sendMessage({ type: 'debrief:get', sessionId }).catch(() => 'refused'),
      session.id,
    );
    expect(refused === undefined || refused === 'refused').toBe(true);
    await tab.close();
    await panel.close();
  });

  test('a session in the dashboard history links to its debrief with the coachee', async () => {
    const { records, session } = scene();
    await seed(records);
    const page = await openDashboard(chromium);
    if ((await page.locator('form.first-run').count()) > 0) await answerRetention(page);
    await showView(page, 'history');
    await page.locator('select[name="person"]').selectOption(session.coacheeIds[0]!);
    await page.locator('summary', { hasText: session.title }).click();
    const link = page.locator('a.open-coachee-debrief');
    expect(await link.textContent()).toBe('Debrief with coachee');
    const [tab] = await Promise.all([chromium.ctx.waitForEvent('page'), link.click()]);
    await tab.locator('cn-coachee-debrief h1').waitFor();
    expect(decodeURIComponent(new URL(tab.url()).hash.slice(1))).toBe(session.id);
    await tab.close();
    await page.close();
  });
});
