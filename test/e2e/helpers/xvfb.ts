import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface VirtualDisplay {
  display: string;
  /** Sends a key chord to the focused window, e.g. `alt+shift+o`. */
  key(chord: string): void;
  /** Focuses the first visible window whose name matches, then returns. */
  focusWindow(name: string): void;
  stop(): void;
}

/** A private Xvfb display for one headful test (browser shortcuts fire only with a real window). */
export async function startXvfb(): Promise<VirtualDisplay> {
  // `-displayfd` lets Xvfb pick a free display and print its number once it is ready.
  const server: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    server.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const display = `:${number}`;
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    key(chord) {
      execFileSync('xdotool', ['key', '--clearmodifiers', chord], { env });
    },
    focusWindow(name) {
      execFileSync(
        'xdotool',
        ['search', '--sync', '--onlyvisible', '--name', name, 'windowfocus', '--sync'],
        { env, timeout: 10_000 },
      );
    },
    stop() {
      server.kill();
    },
  };
}

/**
 * Answers Chrome's permission prompt with "Allow" until `granted()` says so. The prompt opens with
 * "Deny" focused (the safe choice), so Tab moves to "Allow". It is drawn inside the browser window
 * and cannot be waited for: keys sent before it is up go to the page (harmlessly), and a denied
 * prompt is asked again, so `ask` (the click that asks) and the keys repeat, a few rounds at most.
 */
export async function allowPermissionPrompt(
  display: VirtualDisplay,
  windowName: string,
  granted: () => Promise<boolean>,
  ask: () => Promise<void>,
): Promise<void> {
  for (let round = 0; round < 10 && !(await granted()); round++) {
    await ask();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    display.focusWindow(windowName);
    display.key('Tab');
    display.key('Return');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
