import type { Frame, Page } from 'playwright-core';

/** Small drivers for the VS Code workbench in code-server, as a person would use it. */
const quickInput = (page: Page) => page.locator('.quick-input-widget');

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const box = quickInput(page).locator('input');
  await box.waitFor();
  await box.fill(`>${title}`);
  await quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Type into the open quick input (pick or input box) and press Enter. */
export async function answer(page: Page, text: string, expectRow?: string): Promise<void> {
  const box = quickInput(page).locator('input');
  await box.waitFor({ state: 'visible' });
  await box.fill(text);
  if (expectRow) {
    await quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: expectRow }).first().waitFor();
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
      return (widget.textContent ?? '').includes(wanted) || (input?.placeholder ?? '').includes(wanted);
    },
    text,
    { timeout: 20_000 },
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
  await answer(page, String(line));
}

/** Line numbers (1-based) of the gutter icons in the visible editor. */
export async function gutterNoteLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.editor-instance .margin-view-overlays > div')];
    return rows
      .filter((row) => row.querySelector('.cgmr'))
      .map((row) => Number(row.querySelector('.line-numbers')?.textContent?.trim()))
      .sort((a, b) => a - b);
  });
}

/** Descriptions of the rows in the Coaching view. */
export async function treeRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id="workbench.view.extension.coaching"] .monaco-list-row')].map(
      (row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
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
