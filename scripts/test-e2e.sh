#!/usr/bin/env bash
# Playwright tests in Debian's Chromium against the built server ($GEMBA_TEST_SERVER, default
# target/release/gemba; `make test` uses the debug build its Rust tests made) with the browser
# bundle in target/site, started here on a free port with a fresh SQLite database and demo data.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export GEMBA_DATABASE_URL="sqlite://$work/gemba.db"
export GEMBA_ADDR="127.0.0.1:$port"
export GEMBA_BASE_URL="http://127.0.0.1:$port"
export GEMBA_SITE_DIR="$PWD/target/site"
export GEMBA_LOG_FORMAT=text GEMBA_LOG_LEVEL=warn

server="${GEMBA_TEST_SERVER:-target/release/gemba}"
[ -x "$server" ] || { echo "$server is missing: build it first" >&2; exit 1; }
"$server" serve --demo-data > "$work/stdout.log" 2> "$work/stderr.log" &
pid=$!
cleanup() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  curl -fsS "$GEMBA_BASE_URL/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/stderr.log"; echo "gemba did not start" >&2; exit 1; }
  sleep 0.2
done

export GEMBA_E2E_BASE_URL="$GEMBA_BASE_URL"
export GEMBA_E2E_ACCOUNTS="$work/stdout.log"
cd end2end
# `--exec cmd...`: another program against the same server (scripts/bench-lighthouse.sh)
if [ "${1:-}" = "--exec" ]; then
  shift
  "$@"
else
  npx playwright test "$@"
fi
