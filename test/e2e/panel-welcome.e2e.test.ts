import { afterAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  launchChromiumWithExtension,
  WELCOME_PAGE,
  type ChromiumWithExtension,
} from './helpers';

let chromium: ChromiumWithExtension | undefined;

afterAll(async () => {
  await chromium?.cleanup();
});

describe('first run', () => {
  test('a new install opens the help page: how to pin the toolbar button and how to start on a call; axe finds nothing', async () => {
    chromium = await launchChromiumWithExtension({ keepWelcome: true });
    await expect
      .poll(() => chromium!.ctx.pages().some((p) => p.url().endsWith(WELCOME_PAGE)), {
        timeout: 10_000,
      })
      .toBe(true);
    const welcome = chromium.ctx.pages().find((p) => p.url().endsWith(WELCOME_PAGE))!;
    await welcome.locator('h1').waitFor();
    const text = await welcome.locator('main').innerText();
    expect(await welcome.locator('html').getAttribute('lang')).toBe('en');
    expect(text).toContain('then the pin next to Coaching Notes');
    expect(text).toContain('Alt+Shift+O');
    expect(await axeViolations(welcome.mainFrame())).toEqual([]);
  });
});
