import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

/**
 * Three test projects, all run by `npm test`:
 * - unit: pure logic in Node (model, templates, store on fake-indexeddb, exchange, CLI, shells' logic)
 * - browser: Vitest browser mode in Debian's Chromium (real IndexedDB, Lit components, axe)
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
          // One origin for every file: quota overrides and storage estimates must not race.
          fileParallelism: false,
          exclude: ['test/e2e/**', '**/node_modules/**'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: {
                executablePath: '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
              },
            }),
          },
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
