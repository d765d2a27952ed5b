import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumArgs } from '../../../scripts/chromium.mjs';
import { buildOnce } from './build';
import { readFixture, routeFixture } from './fixtures';
import { CHROME_DIST } from './paths';

export { CHROMIUM_FLAGS };

export interface ChromiumWithExtension {
  ctx: BrowserContext;
  extensionId: string;
  /** The extension's service worker (it may be restarted by Chromium: use `serviceWorker()`). */
  sw: Worker;
  /** The current service worker, waiting for it if Chromium stopped it. */
  serviceWorker(): Promise<Worker>;
  profileDir: string;
  /** Closes the browser; removes the profile unless `keepProfile` was set. */
  cleanup(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (browser restart tests); it is then kept on cleanup. */
  profileDir?: string;
  /** Defaults to the built `extension-browser/dist/chrome` (built first if stale). */
  extensionDir?: string;
  args?: string[];
  viewport?: { width: number; height: number };
  /** Environment for the browser process (e.g. `DISPLAY` for a headful run under Xvfb). */
  env?: Record<string, string>;
  /**
   * Keep the first-run help tab the extension opens on install. By default it is closed once it
   * opened, so every test starts from the tabs it makes itself.
   */
  keepWelcome?: boolean;
}

/** The first-run help page the background opens on install. */
export const WELCOME_PAGE = '/pages/welcome/index.html';

/** Debian's Chromium with the built extension, in a fresh temp profile. */
export async function launchChromiumWithExtension(
  options: LaunchOptions = {},
): Promise<ChromiumWithExtension> {
  const extensionDir = options.extensionDir ?? CHROME_DIST;
  if (!options.extensionDir) buildOnce();
  const keepProfile = options.profileDir !== undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'cn-chromium-'));
  // A fresh profile installs the extension, which then opens its first-run help.
  const installs = readdirSync(profileDir).length === 0;
  const headless = options.headless ?? true;
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: chromiumArgs({ headless, extensionDir, extra: options.args ?? [] }),
  });
  const serviceWorker = async (): Promise<Worker> =>
    ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  if (installs && !options.keepWelcome) {
    // The tab may show about:blank for a moment before its URL: poll rather than wait for an event.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const welcome = ctx.pages().find((p) => p.url().endsWith(WELCOME_PAGE));
      if (welcome) {
        await welcome.close();
        break;
      }
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    ctx,
    extensionId,
    sw,
    serviceWorker,
    profileDir,
    async cleanup() {
      await ctx.close().catch(() => undefined);
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Kills the browser process running on `profileDir` with SIGKILL, as a crash or the OS would:
 * no unload, no pagehide, no flush. Found by its own command line (the process that has the
 * profile and no `--type=`, which renderers and helpers carry), never by name.
 */
export function killBrowser(profileDir: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find(
    (line) => line.includes(`--user-data-dir=${profileDir}`) && !line.includes('--type='),
  );
  if (!main) throw new Error(`no browser process on ${profileDir}`);
  process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
}

/** Chromium with the extension and the sample Meet call served at meet.google.com. */
export async function launchOnMeet(options: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const launched = await launchChromiumWithExtension(options);
  launched.ctx.setDefaultTimeout(10_000);
  await routeFixture(
    launched.ctx,
    'https://meet.google.com/**',
    readFixture('sites/google-meet.html'),
  );
  return launched;
}
