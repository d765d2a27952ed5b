import { spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const BIN = `${SHARED}bin/coaching-notes.js`;
export const SAMPLE = `${SHARED}examples/team.coaching.jsonl`;

/** The same banner as the build script in shared/package.json. */
export const CJS_REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

let built = false;

/**
 * Build dist/cli.js from the current sources, as `npm run build -w shared` does (same esbuild
 * options), so the tests run the real bin on the code under test. Written to a temp name and
 * renamed, so test files building at the same time never see half a bundle.
 */
export function buildCli(): void {
  if (built) return;
  const temp = `${SHARED}dist/cli.${process.pid}.tmp.js`;
  buildSync({
    entryPoints: [`${SHARED}src/cli/main.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    logLevel: 'warning',
    // Bundled CommonJS dependencies (proper-lockfile) call require() for Node built-ins.
    banner: { js: CJS_REQUIRE_BANNER },
  });
  renameSync(temp, `${SHARED}dist/cli.js`);
  built = true;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a child process, in English unless `lang` says otherwise. */
export function cli(args: string[], options: { cwd?: string; lang?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, COACHING_NOTES_LANG: options.lang ?? 'en' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `@coaching-notes/shared/node` bundled into `dir`/node-api.mjs, for child processes that
 * call exportToFile themselves (several real processes on one file).
 */
export function bundleNodeApi(dir: string): string {
  const outfile = `${dir}/node-api.mjs`;
  buildSync({
    stdin: {
      contents: `export * from './src/node.ts'; export * from './src/index.ts';`,
      resolveDir: SHARED,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: { js: CJS_REQUIRE_BANNER },
  });
  return outfile;
}

/** Builds the CLI once for the test file and gives it a temp folder, removed afterwards. */
export function cliTestFolder(prefix: string): { path: string } {
  const folder = { path: '' };
  beforeAll(async () => {
    buildCli();
    folder.path = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(() => rm(folder.path, { recursive: true, force: true }));
  return folder;
}
