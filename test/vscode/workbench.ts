import type { Frame, Page } from 'playwright-core';

/** Small drivers for the VS Code workbench in code-server, as a person would use it. */
const quickInput = (page: Page) => page.locator('.quick-input-widget');

/**
 * Runs a command from the palette. The palette lists the commands known when it opens, and
 * the extension host may still be starting; a view taking focus can also close the palette
 * just after it opened. So close and reopen until the command shows.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const box = quickInput(page).locator('input');
    const row = quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: title });
    try {
      await page.keyboard.press('F1');
      await box.waitFor({ timeout: 5_000 });
      await box.fill(`>${title}`, { timeout: 5_000 });
      await row.first().waitFor({ timeout: 3000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Type into the open quick input (pick or input box) and press Enter. */
export async function answer(page: Page, text: string, expectRow?: string): Promise<void> {
  const box = quickInput(page).locator('input');
  await box.waitFor({ state: 'visible' });
  // A quick input that is still being set up may reset its value: type until it sticks.
  for (let attempt = 0; attempt < 20; attempt++) {
    await box.fill(text);
    await page.waitForTimeout(150);
    if ((await box.inputValue()) === text) break;
  }
  if (expectRow) {
    await quickInput(page)
      .locator('.quick-input-list .monaco-list-row', { hasText: expectRow })
      .first()
      .waitFor();
  }
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Waits for a quick input whose prompt or placeholder contains `text`. */
export async function waitForPrompt(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const widget = document.querySelector('.quick-input-widget') as HTMLElement | null;
      if (!widget || widget.style.display === 'none') return false;
      const input = widget.querySelector('input');
      return (
        (widget.textContent ?? '').includes(wanted) || (input?.placeholder ?? '').includes(wanted)
      );
    },
    text,
    { timeout: 45_000 },
  );
}

export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await answer(page, name, name);
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  await page.waitForTimeout(500);
}

export async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await answer(page, `:${line}`);
}

/** Line numbers (1-based) of the gutter icons in the visible editor, matched by position. */
export async function gutterNoteLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return [];
    const numbers = [...editor.querySelectorAll('.line-numbers')].map((el) => ({
      top: el.getBoundingClientRect().top,
      line: Number(el.textContent?.trim()),
    }));
    // Only the extension's gutter icons (media/note-*.svg), not breakpoint hints and the like.
    const icons = [...editor.querySelectorAll('.cgmr')]
      .filter((el) => getComputedStyle(el).backgroundImage.includes('note-'))
      .map((el) => el.getBoundingClientRect().top);
    return icons
      .map((top) => numbers.find((n) => Math.abs(n.top - top) < 3)?.line ?? -1)
      .sort((a, b) => a - b);
  });
}

/** Descriptions of the rows in the Coaching view. */
export async function treeRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id="workbench.view.extension.coaching"] .monaco-list-row')].map(
      (row) =>
        [...row.querySelectorAll('.label-name, .label-description')]
          .map((part) => (part as HTMLElement).innerText.trim())
          .join(' '),
    ),
  );
}

/** The frame of a webview whose document contains `selector`. */
export async function webviewFrame(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        if (await frame.$(selector)) return frame;
      } catch {
        // frame navigated away meanwhile
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview with ${selector}`);
}

/**
 * Rests the mouse on the text of a (1-based) line of the visible editor, as someone reading
 * the code would, and returns the text of the hover that opens (empty when none does).
 */
export async function hoverLine(page: Page, line: number): Promise<string> {
  const point = await page.evaluate((wanted) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const number = [...(editor?.querySelectorAll('.line-numbers') ?? [])].find(
      (el) => Number(el.textContent?.trim()) === wanted,
    );
    const lines = editor?.querySelector('.view-lines')?.getBoundingClientRect();
    if (!number || !lines) return undefined;
    const box = number.getBoundingClientRect();
    // Some way into the text: at its first column a code-action light bulb can sit under the
    // pointer, and a light bulb shows no hover.
    return { x: lines.left + 60, y: box.top + box.height / 2 };
  }, line);
  if (!point) throw new Error(`line ${line} is not on screen`);
  // A hover still open from another line (drawn below it near the top of a file) would cover
  // this line and be read as its own: take the pointer away until it closes.
  const open = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
  await page.mouse.move(point.x + 400, point.y + 400);
  for (const until = Date.now() + 5_000; Date.now() < until;) {
    if ((await open.count()) === 0) break;
    await page.waitForTimeout(100);
  }
  // Come in along the line from the line numbers: from above, the pointer would cross the line
  // before, whose hover (drawn below it near the top of a file) then covers this one.
  await page.mouse.move(point.x - 40, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: 5_000 });
    await page.waitForTimeout(300);
    return await hover.innerText();
  } catch {
    return '';
  }
}

/** The English start flow for a new coachee: name, track, one goal (or none), no prep. */
export async function startPairingWithNewCoachee(
  page: Page,
  coachee: string,
  goal = '',
): Promise<void> {
  await runCommand(page, 'Coaching: Start Pairing Session');
  await waitForPrompt(page, 'Who do you pair with?');
  await answer(page, 'New coachee', 'New coachee');
  await waitForPrompt(page, 'Name of the developer');
  await answer(page, coachee);
  await waitForPrompt(page, 'Title of the new track');
  await answer(page, `Pairing with ${coachee}`);
  await waitForPrompt(page, 'get better at');
  await answer(page, goal);
  await waitForPrompt(page, 'Preparation');
  await answer(page, 'Start right away', 'Start right away');
  await waitForPrompt(page, 'keyboard first');
  await answer(page, `${coachee} drives first`, `${coachee} drives first`);
}

const NOTE_PROMPTS = {
  Top: 'What went well here?',
  Tip: 'What could go better',
  Question: 'What do you want to ask',
  Fact: 'What happened here?',
} as const;

/** Adds a note of `kind` on a (1-based) line of the active editor through the palette. */
export async function addNoteOnLine(
  page: Page,
  kind: keyof typeof NOTE_PROMPTS,
  line: number,
  text: string,
): Promise<void> {
  await goToLine(page, line);
  await runCommand(page, `Coaching: Add ${kind} Here`);
  await waitForPrompt(page, NOTE_PROMPTS[kind]);
  await answer(page, text);
  // The confirmation shows once the note is stored; a person would not type on before it.
  await page.waitForFunction(
    (wanted) => document.querySelector('.statusbar')?.textContent?.includes(wanted),
    `${kind} noted.`,
    { timeout: 20_000, polling: 100 },
  );
}

/** Waits until a row of the Coaching view matches `pattern`; returns all rows then. */
export async function waitForTreeRow(
  page: Page,
  pattern: RegExp,
  timeout = 10_000,
): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await treeRows(page);
    if (rows.some((row) => pattern.test(row))) return rows;
    if (Date.now() > deadline) {
      throw new Error(`no row of the Coaching view matches ${pattern}:\n${rows.join('\n')}`);
    }
    await page.waitForTimeout(250);
  }
}

/** The text of the notifications shown as toasts (empty when none). */
export function toastText(page: Page): Promise<string> {
  return page
    .locator('.notifications-toasts')
    .innerText()
    .catch(() => '');
}

/** Says who uses this VS Code ("Choose Who You Are"), picking a person in the notes or a new name. */
export async function sayWhoIAm(page: Page, name: string, newName = false): Promise<void> {
  await runCommand(page, 'Coaching: Choose Who You Are');
  await waitForPrompt(page, 'Who are you?');
  if (!newName) return answer(page, name, name);
  await answer(page, 'Someone else', 'Someone else');
  await waitForPrompt(page, 'Your name');
  await answer(page, name);
}
