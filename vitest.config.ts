import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

/** Vitest browser mode in Debian's Chromium (a fresh object per project: vitest names it). */
const chromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  }),
});

/**
 * The test projects, all run by `npm test`:
 * - unit: pure logic in Node (model, templates, store on fake-indexeddb, exchange, CLI, shells' logic)
 * - browser: Vitest browser mode in Chromium (real IndexedDB, Lit components, axe)
 * - browser-isolated: the same, in a browser of its own, for tests that change the origin's
 *   storage quota through DevTools (the override did not reliably take effect once other files
 *   had used the origin's storage)
 * - e2e: built extensions in real Chromium and Firefox ESR, the VS Code extension in code-server
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [
            'test/**/*.browser.test.ts',
            'test/e2e/**',
            'test/perf/**',
            '**/node_modules/**',
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          exclude: ['test/e2e/**', 'test/**/*.isolated.browser.test.ts', '**/node_modules/**'],
          // One origin for every file: storage estimates and IndexedDB state must not race.
          fileParallelism: false,
          browser: chromium(),
        },
      },
      {
        test: {
          name: 'browser-isolated',
          include: ['test/**/*.isolated.browser.test.ts'],
          fileParallelism: false,
          browser: chromium(),
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
