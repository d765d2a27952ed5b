// `npm start`: Chromium with the built extension on a local sample call page.
//   With a display ($DISPLAY): opens the browser for you to try; ends when you close it.
//   Without one: runs headless through a short observation and writes screenshots (the panel
//   and the debrief with the coachee), the exported Markdown and the shared file to
//   demo-output/, then prints that folder.
// The sample page is test/fixtures/sites/google-meet.html, served under https://meet.google.com
// by request routing, so the extension treats it as the real call host. Nothing leaves the machine.
/* global chrome -- page.evaluate and worker.evaluate bodies run in extension contexts. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './chromium.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'extension-browser', 'dist', 'chrome');
const fixture = join(root, 'test', 'fixtures', 'sites', 'google-meet.html');
const examples = join(root, 'shared', 'examples', 'team.coaching.jsonl');
const outDir = join(root, 'demo-output');
const CALL_URL = 'https://meet.google.com/abc-defg-hij';
const headful = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error(
    'demo: extension-browser/dist/chrome is missing; run `npm run build -w extension-browser` first.',
  );
  process.exit(1);
}

const profileDir = mkdtempSync(join(tmpdir(), 'cn-demo-'));
const ctx = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM_PATH,
  headless: !headful,
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
  args: chromiumArgs({ headless: !headful, extensionDir: dist }),
});
ctx.setDefaultTimeout(15_000);
await ctx.route('https://meet.google.com/**', (route) =>
  route.request().resourceType() === 'document'
    ? route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(fixture, 'utf8'),
      })
    : route.fulfill({ status: 404, body: '' }),
);
const serviceWorker = async () =>
  ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
  (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
const extensionId = new URL((await serviceWorker()).url()).host;

/** Example coachees and tracks, written through the background's store host (as the panel does). */
async function importExamples() {
  if (!existsSync(examples)) return 0;
  const records = readFileSync(examples, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter(
      (r) =>
        r.type === 'person' ||
        r.type === 'track' ||
        r.type === 'goal' ||
        r.type === 'action' ||
        r.type === 'session',
    );
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup/index.html`);
  const reply = await page.evaluate(
    (batch) =>
      new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'coaching-notes-store' });
        port.onMessage.addListener((message) => {
          if (message.id === 1) resolve(message);
        });
        port.postMessage({ id: 1, method: 'putMany', args: [batch, 'import'] });
      }),
    records,
  );
  await page.close();
  if (reply.error) throw new Error(`demo: importing the examples failed: ${reply.error.message}`);
  return records.length;
}

/** Open the call page and show the overlay in it, as the launcher or the shortcut would. */
async function openCall() {
  const page = await ctx.newPage();
  await page.goto(CALL_URL);
  const sw = await serviceWorker();
  for (let attempt = 0; attempt < 50; attempt++) {
    const shown = await sw.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const context = await chrome.tabs.sendMessage(
            tab.id,
            { type: 'context:get' },
            { frameId: 0 },
          );
          if (context?.url === url) {
            await chrome.tabs.sendMessage(tab.id, { type: 'overlay:show' }, { frameId: 0 });
            return tab.id;
          }
        } catch {
          // No loader in that tab yet.
        }
      }
      return undefined;
    }, CALL_URL);
    if (shown !== undefined) return { page, tabId: shown };
    await page.waitForTimeout(200);
  }
  throw new Error('demo: the extension did not answer on the call page');
}

async function panelFrame(page) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
    if (frame) {
      await frame.locator('cn-observation-panel').waitFor();
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('demo: the panel did not load');
}

async function capture(panel, key, text, { shared = false } = {}) {
  await panel.locator('cn-observe .timer').click();
  await panel.locator('cn-observe .timer').press(key);
  const field = panel.locator('cn-observation-item.draft textarea');
  await field.pressSequentially(text, { delay: 5 });
  if (shared) await panel.locator('cn-observation-item.draft input.shared-switch').check();
  await field.press('Enter');
}

/**
 * The panel's "Debrief with coachee" opens the full view in a tab (shared notes only): Daan
 * gives his own view first, then both views show side by side.
 */
async function debriefWithCoachee(panel) {
  const [tab] = await Promise.all([
    ctx.waitForEvent('page'),
    panel.locator('button.open-coachee-debrief').click(),
  ]);
  const view = tab.locator('cn-coachee-debrief');
  await view.locator('cn-self-assessment').waitFor();
  const scales = view.locator('cn-self-assessment fieldset');
  for (let i = 0; i < (await scales.count()); i++)
    await scales.nth(i).locator('label.option').nth(2).click();
  await view.locator('cn-self-assessment textarea').fill('Nervous at first, then in control');
  await view.locator('cn-self-assessment button.save').click();
  await view.locator('.step[data-step="self"] h2').waitFor();
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: join(outDir, 'debrief-with-coachee.png') });
  await tab.close();
}

async function walkThrough() {
  const imported = await importExamples();
  const { page, tabId } = await openCall();
  const panel = await panelFrame(page);

  const coachee = panel.locator('#coachee');
  const daan = coachee.locator('option', { hasText: 'Daan Bakker' });
  if ((await daan.count()) > 0) {
    await coachee.selectOption({ label: (await daan.textContent()).trim() });
  } else {
    await panel.locator('form.new-coachee input[name="name"]').fill('Daan Bakker');
    await panel.locator('form.new-coachee button[type="submit"]').click();
  }
  if ((await panel.locator('form.new-track').count()) > 0) {
    await panel.locator('form.new-track input[name="title"]').fill('Klantgesprekken');
    await panel.locator('form.new-track button[type="submit"]').click();
  }
  await panel.locator('form.new-session button[type="submit"]').click();

  await panel
    .locator('cn-prepare textarea[data-question="aim"]')
    .fill('Renew the 2027 contract; for Daan: lead the call');
  await panel
    .locator('cn-prepare textarea[data-question="coach-role"]')
    .fill('Silent observer, steps in only when asked');
  const focus = panel.locator('cn-prepare input.focus-goal').first();
  if ((await focus.count()) > 0) await focus.check();
  await panel.locator('cn-prepare button.prepared').click();
  await panel.locator('cn-prepare button.start').click();

  await capture(panel, '1', 'Opens with a clear agenda and checks it with the client', {
    shared: true,
  });
  await capture(panel, '2', 'Try a pause after the price: let the client react first', {
    shared: true,
  });
  await capture(panel, '3', 'Why was the budget question skipped?');
  // A browser command (the keyboard shortcut from the call page), routed by the background.
  await (
    await serviceWorker()
  ).evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id, kind: 'fact' }),
    tabId,
  );
  const field = panel.locator('cn-observation-item.draft textarea');
  await field.pressSequentially('Client names a competitor twice', { delay: 5 });
  await field.press('Enter');
  await page.waitForTimeout(400);
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'observation.png') });

  await panel.locator('cn-observe button.end-observation').click();
  await panel
    .locator('cn-debrief textarea[data-question="coachee-experience"]')
    .fill('Nervous at first, then in control');
  await panel
    .locator('cn-debrief textarea[data-question="went-well"]')
    .fill('Agenda, tone, summary at the end');
  await panel
    .locator('cn-debrief textarea[data-question="actions"]')
    .fill('Practise the pause after the price\nPrepare three budget questions');
  await panel.locator('cn-action-list button.take-over').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(outDir, 'debrief.png') });
  await debriefWithCoachee(panel);
  await panel.locator('button.finish').click();

  const preview = panel.locator('cn-session-export .markdown-preview');
  await preview.waitFor();
  await page.waitForTimeout(300);
  const markdown = await preview.textContent();
  writeFileSync(join(outDir, 'session.md'), markdown);
  const download = page.waitForEvent('download');
  await panel.locator('cn-session-export button.download-shared').click();
  const file = await download;
  await file.saveAs(join(outDir, file.suggestedFilename()));
  await page.screenshot({ path: join(outDir, 'export.png') });
  return { imported, shared: file.suggestedFilename() };
}

if (headful) {
  await importExamples();
  await openCall();
  console.log('demo: Chromium is open on a sample Google Meet page with Coaching Notes loaded.');
  console.log(
    'demo: pick a coachee in the panel, start a session, press 1–5 to capture. Close the window to end.',
  );
  await new Promise((resolve) => ctx.on('close', resolve));
  rmSync(profileDir, { recursive: true, force: true });
} else {
  try {
    const { imported, shared } = await walkThrough();
    console.log(`demo: imported ${imported} example records, ran one observation and exported it.`);
    console.log(
      `demo: wrote observation.png, debrief.png, debrief-with-coachee.png, export.png, session.md and ${shared}`,
    );
    console.log(outDir);
  } finally {
    await ctx.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
