#!/usr/bin/env bash
# Idempotent setup for a fresh machine: system browsers, npm packages, build.
#   scripts/setup.sh          what `npm start` needs (Chromium, packages, build)
#   scripts/setup.sh --test   also what `npm test` needs (Firefox ESR, Xvfb, code-server)
#   --no-build                install only (CI checks types and lint before `npm test` builds)
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
want_build=1
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --no-build) want_build=0 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium chromium-driver)
if [ "$want_test" = 1 ]; then
  command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
  command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
  command -v xdotool >/dev/null 2>&1 || need_apt+=(xdotool)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want_test" = 1 ] && [ -f scripts/setup-code-server.sh ]; then
  bash scripts/setup-code-server.sh
fi

if [ "$want_build" = 1 ]; then
  echo "setup: building"
  npm run build --silent
fi
