import { execFileSync } from 'node:child_process';
import { EXTENSION_DIR } from './paths';

let built = false;

/**
 * Builds the browser extension unless `dist/` is newer than every source (the build script checks
 * that itself with `--if-stale`). A file lock keeps parallel test processes from building at once.
 */
export function buildOnce(): void {
  if (built) return;
  execFileSync(
    'flock',
    ['/tmp/coaching-notes-extension-build.lock', 'node', 'scripts/build.mjs', '--if-stale'],
    {
      cwd: EXTENSION_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  built = true;
}
