#!/usr/bin/env bash
# Performance budgets of the rendered pages (My work, Home, a work order, an asset) and of a
# signed-in request: with 20k assets and 200k work orders, each page at 1 and 32 connections beside
# /healthz in the same run; the budgets are printed at the end with whether they hold. Uses the release build
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
# each run's output is kept in $work/NAME.txt for the budgets printed at the end
run() { local name=$1; shift; wrk "$@" | tee "$work/$name.txt"; }
echo "== GET /healthz (the ceiling: no session, no SQL), 32 connections, 30 s"
run healthz -t2 -c32 -d30s --latency "$base/healthz"
# the smallest answer that depends on who asks (the install manifest names the reader's role's
# shortcuts): once anonymous, once with the session checked
echo "== GET /manifest.webmanifest anonymous, 32 connections, 30 s"
run manifest-anonymous -t2 -c32 -d30s --latency "$base/manifest.webmanifest"
echo "== GET /manifest.webmanifest signed in, 32 connections, 30 s"
run manifest-session -t2 -c32 -d30s --latency -H "Cookie: $cookie" "$base/manifest.webmanifest"
# the technician's first work order in their list, and its asset
wo=$(curl -s -H "Cookie: $cookie" "$base/work" | grep -o '/work-orders/[0-9]*' | head -n 1)
asset=$(curl -s -H "Cookie: $cookie" "$base$wo" | grep -o '/assets/[0-9][0-9]*' | head -n 1)
for page in /work / "$wo" "$asset"; do
  name=$(echo "$page" | tr -c 'a-z0-9\n' '_')
  echo "== GET $page, 1 connection, 10 s"
  run "c1$name" -t1 -c1 -d10s --latency -H "Cookie: $cookie" "$base$page"
  echo "== GET $page, 32 connections, 30 s"
  run "c32$name" -t2 -c32 -d30s --latency -H "Cookie: $cookie" "$base$page"
done
# a server function that only reads is a GET (it does not make the server read sessions again)
echo "== GET /sfn/my_work (the list as data), 32 connections, 30 s"
run my_work -t2 -c32 -d30s --latency -H "Accept: application/json" -H "Cookie: $cookie" "$base/sfn/my_work?page=1"

echo "== budgets (issue 18)"
python3 - "$work" /work / "$wo" "$asset" <<'PY'
import re, sys
work, pages = sys.argv[1], sys.argv[2:]
def read(name):
    text = open(f"{work}/{name}.txt").read()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    def pct(p):
        v, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", text).groups()
        return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rate, pct(50), pct(99), int(bad.group(1)) if bad else 0
def verdict(ok):
    return "holds" if ok else "NOT met"
ceiling = read("healthz")[0]
anonymous, session = read("manifest-anonymous")[0], read("manifest-session")[0]
print(f"/healthz {ceiling:.0f} req/s; manifest anonymous {anonymous:.0f} req/s ({100 * anonymous / ceiling:.1f} %), "
      f"signed in {session:.0f} req/s ({100 * session / ceiling:.1f} %): >= 50 % {verdict(session >= ceiling / 2)}")
for page in pages:
    name = re.sub(r"[^a-z0-9\n]", "_", page)
    _, p50, _, _ = read(f"c1{name}")
    rate, _, p99, bad = read(f"c32{name}")
    share = 100 * rate / ceiling
    print(f"GET {page}: c=1 p50 {p50:.2f} ms (<= 3: {verdict(p50 <= 3)}); c=32 p99 {p99:.1f} ms (<= 25: {verdict(p99 <= 25)}), "
          f"{rate:.0f} req/s = {share:.1f} % of /healthz (>= 8: {verdict(share >= 8)}); non-2xx {bad}")
PY
