import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.mjs';

/** A real VS Code host for end-to-end tests: code-server with the built .vsix installed. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER = path.join(REPO, '.tools/code-server/bin/code-server');
export const VSIX = path.join(REPO, 'extension-vscode/dist/coaching-notes.vsix');

export function assertPrerequisites(): void {
  if (!existsSync(CODE_SERVER)) {
    throw new Error(
      `code-server is missing (${CODE_SERVER}). Run \`bash scripts/setup-code-server.sh\` (or \`npm test\`, which runs it).`,
    );
  }
  if (!existsSync(VSIX)) {
    throw new Error(`The extension is not built (${VSIX}). Run \`npm run build\`.`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export interface Host {
  workspace: string;
  page: Page;
  /** The user settings file: write it to change settings while VS Code runs. */
  settingsFile: string;
  /** Opens another folder in the same window (same profile, same extension storage). */
  openFolder(folder: string): Promise<void>;
  /** Stops code-server and the browser and removes the temp folders. */
  close(): Promise<void>;
}

export interface HostOptions {
  /** Files to create in the workspace, by relative path. */
  files: Record<string, string>;
  /** Open this folder (another host's workspace: two people on one folder) instead of a new one. */
  folder?: string;
  settings?: Record<string, unknown>;
  /** User keybindings (keybindings.json), e.g. to reach a command no menu offers. */
  keybindings?: unknown[];
  git?: boolean;
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer /healthz in time:\n${log()}`);
}

export async function startHost(options: HostOptions): Promise<Host> {
  assertPrerequisites();
  const root = await mkdtemp(path.join(tmpdir(), 'cn-vscode-e2e-'));
  const workspace = options.folder ?? path.join(root, 'workspace');
  const dirs = {
    extensions: path.join(root, 'extensions'),
    userData: path.join(root, 'user-data'),
    config: path.join(root, 'config'),
    data: path.join(root, 'data'),
    profile: path.join(root, 'chromium'),
  };
  for (const dir of [workspace, ...Object.values(dirs)]) await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(options.files)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  if (options.git) {
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
        cwd: workspace,
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'initial');
  }
  await mkdir(path.join(dirs.userData, 'User'), { recursive: true });
  await writeFile(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'editor.autoClosingBrackets': 'never',
      'editor.autoClosingQuotes': 'never',
      'editor.autoIndent': 'none',
      'editor.formatOnType': false,
      'editor.acceptSuggestionOnEnter': 'off',
      'editor.quickSuggestions': { other: false, comments: false, strings: false },
      'editor.suggestOnTriggerCharacters': false,
      'git.openRepositoryInParentFolders': 'never',
      ...options.settings,
    }),
  );
  if (options.keybindings) {
    await writeFile(
      path.join(dirs.userData, 'User', 'keybindings.json'),
      JSON.stringify(options.keybindings),
    );
  }
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data };
  const common = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData];
  const install = spawnSync(CODE_SERVER, [...common, '--install-extension', VSIX], {
    env,
    encoding: 'utf8',
  });
  if (install.status !== 0)
    throw new Error(`installing the .vsix failed:\n${install.stdout}${install.stderr}`);

  const port = await freePort();
  let output = '';
  const child = spawn(
    CODE_SERVER,
    [
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  let browser: BrowserContext | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitForHealth(url, child, () => output);
    browser = await chromium.launchPersistentContext(dirs.profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: chromiumArgs(),
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const openFolder = async (folder: string) => {
      // Two workbenches loading at once on a busy machine take longer than the default 30 s.
      await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 120_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.statusbar').waitFor();
      await waitForActivation(page);
    };
    await openFolder(workspace);
    const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
    return { workspace, page, settingsFile, openFolder, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits until the status bar no longer says "Activating Extensions". */
async function waitForActivation(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
  await page.waitForFunction(
    () => !document.querySelector('.statusbar')?.textContent?.includes('Activating Extensions'),
    undefined,
    { timeout: 60_000 },
  );
}
