#!/usr/bin/env bash
# Performance budget of the reminder job: one run over 1M dated items <= 3 s on SQLite, <= 5 s on
# PostgreSQL, <= 300 MB, on this 2-core machine (printed with the measured values and whether they
# hold). Uses the release build (`make build` first; BENCH_BIN=target/profiling/gemba for the build
# with symbols): loads the demo and BENCH_WORK_ORDERS work
# orders (default 1,000,000; due dates spread over 60 days either side of today, 30 % open, so
# about 150,000 are overdue) with `gemba dev bench-data`, then times `gemba reminders run-once`:
# the day's plan for every site, the digests (all recipients' hours have come in the demo) into
# the outbox (no SMTP: nothing is sent), and a second run the same day (nothing left to do).
#   scripts/bench-reminders.sh                 # SQLite
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/gemba_bench scripts/bench-reminders.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GEMBA_DATABASE_URL="${BENCH_DATABASE_URL:-sqlite://$work/gemba.db}"
export GEMBA_LOG_FORMAT=text GEMBA_LOG_LEVEL=warn GEMBA_DATA_DIR="$work"
n="${BENCH_WORK_ORDERS:-1000000}"
bin="${BENCH_BIN:-target/release/gemba}"

# the demo (sites, people, digests from midnight) without serving: seed, then stop at once
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
GEMBA_ADDR="127.0.0.1:$port" "$bin" serve --demo-data > "$work/out.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
kill -TERM $pid; wait $pid 2>/dev/null || true
# the demo's own first run planned today already: plan again from a clean slate with the bench data
"$bin" dev bench-data --site RVS --assets 20000 --work-orders "$n" --email tech@demo.gemba.local --open 60
"$bin" dev reset-reminders
echo "== first run of the day over $n work orders"
/usr/bin/time -o "$work/first" -f "%e %M" "$bin" reminders run-once
echo "== second run the same day"
/usr/bin/time -o "$work/second" -f "%e %M" "$bin" reminders run-once
limit=$([ -n "${BENCH_DATABASE_URL:-}" ] && echo 5 || echo 3)
echo "== budgets ($(date -u +%F), $([ -n "${BENCH_DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite), $n work orders)"
for run in first second; do
  read -r secs kb < "$work/$run"
  python3 -c "import sys; s, mb, lim = float(sys.argv[1]), int(sys.argv[2]) // 1024, float(sys.argv[3]); \
print(f'{sys.argv[4]} run: <= {lim:g} s and <= 300 MB'.ljust(44), f'{s} s, {mb} MB peak RSS'.ljust(28), 'holds' if s <= lim and mb <= 300 else 'NOT MET')" \
    "$secs" "$kb" "$limit" "$run"
done
