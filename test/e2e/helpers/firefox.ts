import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../../extension-browser/src/manifest';
import { buildOnce } from './build';
import { FIREFOX_DIST } from './paths';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The pinned internal UUID: extension pages live at `moz-extension://<uuid>/…`. */
  uuid: string;
  baseUrl: string;
  addonId: string;
  cleanup(): Promise<void>;
}

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built extension installed as
 * a temporary add-on and its internal UUID pinned, so `moz-extension://` URLs are known up front.
 * Navigating to `moz-extension://` directly is refused: let the extension open its pages.
 */
export async function launchFirefoxWithExtension(
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_DIST;
  if (!options.extensionDir) buildOnce();
  const uuid = randomUUID();
  const profileDir = mkdtempSync(join(tmpdir(), 'cn-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const addonId = await browser.installExtension(extensionDir);
  return {
    browser,
    uuid,
    baseUrl: `moz-extension://${uuid}/`,
    addonId,
    async cleanup() {
      await browser.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
