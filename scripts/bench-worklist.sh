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
. scripts/bench-common.sh
"$bin" dev bench-data --site RVS --assets 20000 --work-orders 200000 --email tech@demo.gemba.local --open 60
cookie=$(sign_in tech@demo.gemba.local)
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
# requests per second of a wrk run, its output kept in $work/$1.txt
rate() { sed -n 's/^Requests\/sec: *//p' "$work/$1.txt"; }
echo "== GET /healthz (the ceiling: no session, no SQL), 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency "$base/healthz" | tee "$work/healthz.txt"
# the smallest answer that depends on who asks (the install manifest names the reader's role's
# shortcuts): once anonymous, once with the session checked
echo "== GET /manifest.webmanifest anonymous, 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency "$base/manifest.webmanifest" | tee "$work/manifest-anonymous.txt"
echo "== GET /manifest.webmanifest signed in, 32 connections, 30 s"
wrk -t2 -c32 -d30s --latency -H "Cookie: $cookie" "$base/manifest.webmanifest" | tee "$work/manifest-session.txt"
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

echo "== budget: a session-authenticated request >= 50 % of the anonymous ceiling (/healthz)"
python3 - "$(rate healthz)" "$(rate manifest-anonymous)" "$(rate manifest-session)" <<'PY'
import sys
ceiling, anonymous, session = (float(x) for x in sys.argv[1:4])
share = 100 * session / ceiling
print(f"/healthz {ceiling:.0f} req/s; manifest anonymous {anonymous:.0f} req/s ({100 * anonymous / ceiling:.1f} %), "
      f"signed in {session:.0f} req/s ({share:.1f} %): {'holds' if share >= 50 else 'NOT met'}")
PY
