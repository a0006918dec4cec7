#!/usr/bin/env bash
# Performance budget of the phone work-order list ("My work"): with 20k assets and 200k work
# orders, p99 <= 25 ms at 32 connections on this 2-core machine. Uses the release build
# (`make build` first) and wrk (Debian package; installed if missing). Load generator and server
# share the machine, so the figures include that contention.
#   scripts/bench-worklist.sh                  # SQLite
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/gemba_bench scripts/bench-worklist.sh
#   BENCH_BIN=target/profiling/gemba scripts/bench-worklist.sh   # the release build with symbols,
#     for `perf record -g -p <pid>` (cargo build -p server --profile profiling)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export GEMBA_DATABASE_URL="${BENCH_DATABASE_URL:-sqlite://$work/gemba.db}"
export GEMBA_ADDR="127.0.0.1:$port" GEMBA_BASE_URL="http://127.0.0.1:$port" GEMBA_SITE_DIR="$PWD/target/site"
export GEMBA_LOG_FORMAT=text GEMBA_LOG_LEVEL=warn GEMBA_DATA_DIR="$work"
base="http://127.0.0.1:$port"

bin="${BENCH_BIN:-target/release/gemba}"
"$bin" serve --demo-data > "$work/out.log" 2> "$work/err.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "$base/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
"$bin" dev bench-data --site RVS --assets 20000 --work-orders 200000 --email tech@demo.gemba.local --open 60
password=$(sed -n 's/.*tech@demo.gemba.local.*password \([^ ]*\).*/\1/p' "$work/out.log")
cookie=$(curl -s -D - -o /dev/null -H 'Accept: application/json' --data-urlencode "email=tech@demo.gemba.local" \
  --data-urlencode "password=$password" "$base/sfn/login" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(gemba_session=[^;]*\).*/\1/p')
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
echo "== GET /healthz (the ceiling: no session, no SQL), 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency "$base/healthz"
echo "== GET /work (the server-rendered page), 1 connection, 10 s"
wrk -t1 -c1 -d10s --latency -H "Cookie: $cookie" "$base/work"
echo "== GET /work (the server-rendered page), 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency -H "Cookie: $cookie" "$base/work"
echo "== GET / (Home), 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency -H "Cookie: $cookie" "$base/"
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/json"
wrk.body = "page=1"
LUA
echo "== POST /sfn/my_work (the list as data), 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency -s "$work/post.lua" -H "Cookie: $cookie" "$base/sfn/my_work"
