#!/usr/bin/env bash
# Performance budgets of the report pages: the KPI page of a site with 20,000 assets and 200,000
# work orders, and the OSHA 300A and 300 log of a year of 10,000 cases, on this 2-core machine.
# Uses the release build (`make build` first; BENCH_BIN=target/profiling/gemba for the build with
# symbols) and wrk (Debian package; installed if missing). Each budget is printed with its measured
# value and whether it holds:
#   - KPI page (the demo manager, this month): 1 connection p50 <= 50 ms
#   - 300A and 300 log page (the demo EHS officer, 10,000 cases): 1 connection p50 <= 50 ms
#   - opening a case: median <= 50 ms with 10,000 cases in the year (does not grow with the year)
#   - server RSS <= 200 MB after every load above (32 connections on each page too)
#   scripts/bench-reports.sh                  # SQLite
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/gemba_bench scripts/bench-reports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-common.sh
cases="${BENCH_OSHA_CASES:-10000}"
"$bin" dev bench-data --site RVS --assets 20000 --work-orders 200000 --email tech@demo.gemba.local --open 60 \
  --osha-cases "$cases"
year=$(date -u +%Y)

manager=$(sign_in manager@demo.gemba.local)
ehs=$(sign_in ehs@demo.gemba.local)
[ -n "$manager" ] && [ -n "$ehs" ] || { echo "sign-in failed" >&2; exit 1; }
# the EHS officer works on Riverside, where the cases are
curl -fsS -o /dev/null -H 'Accept: application/json' -H "Cookie: $ehs" --data-urlencode "site_id=1" "$base/sfn/switch_site"
rows=$(curl -fsS -H "Cookie: $ehs" "$base/osha/log?year=$year" | grep -o '<tr id="row-' | wc -l)
echo "the 300 log page shows $rows rows of $cases cases"

rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
results="$work/results"
# wrk: the p50 in ms of a run, printed with the run's output
run() {
  local name=$1 conns=$2 secs=$3 cookie=$4 path=$5
  echo "== GET $path ($name), $conns connection(s), $secs s"
  wrk -t"$([ "$conns" = 1 ] && echo 1 || echo 2)" -c"$conns" -d"${secs}s" --latency -H "Cookie: $cookie" "$base$path" |
    tee "$work/wrk.out"
  python3 - "$work/wrk.out" "$name" "$conns" "$(rss)" >> "$results" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
p = {k: ms(v, u) for k, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{sys.argv[2]}\t{sys.argv[3]}\t{p.get('50', 0):.1f}\t{p.get('99', 0):.1f}\t{rps}\t{non2xx.group(1) if non2xx else 0}\t{sys.argv[4]}")
PY
}
echo "== server RSS after loading the data: $(rss) MB"
run "KPI page" 1 10 "$manager" "/kpi"
run "KPI page" 32 20 "$manager" "/kpi"
run "300A" 1 10 "$ehs" "/osha/summary?year=$year"
run "300A" 32 20 "$ehs" "/osha/summary?year=$year"
run "300 log page" 1 10 "$ehs" "/osha/log?year=$year"
run "300 log page" 32 20 "$ehs" "/osha/log?year=$year"

echo "== opening 30 cases in a year of $cases"
for i in $(seq 1 30); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: application/json' -H "Cookie: $ehs" \
    --data-urlencode "employee_name=Bench $i" --data-urlencode "job_title=Operator" \
    --data-urlencode "injury_date=$year-01-02" --data-urlencode "location=Press" \
    --data-urlencode "injury_description=Cut" --data-urlencode "case_type=1" "$base/sfn/open_case"
done > "$work/open.txt"
open_ms=$(python3 -c "import statistics,sys; print(f'{statistics.median(float(l)*1000 for l in open(sys.argv[1])):.1f}')" "$work/open.txt")
peak=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
echo
echo "== budgets ($(date -u +%F), $([ -n "${BENCH_DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite))"
python3 - "$results" "$open_ms" "$peak" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
def line(budget, value, holds):
    print(f"{budget:<58} {value:<34} {'holds' if holds else 'NOT MET'}")
for name, conns, p50, p99, rps, non2xx, rss in rows:
    p50, p99, rss = float(p50), float(p99), int(rss)
    if conns == "1":
        line(f"{name}, 1 connection: p50 <= 50 ms", f"p50 {p50} ms, p99 {p99} ms", p50 <= 50)
    else:
        line(f"{name}, 32 connections: every answer 2xx", f"{rps} req/s, p99 {p99} ms, {non2xx} non-2xx", non2xx == "0")
    line(f"  server RSS after it <= 200 MB", f"{rss} MB", rss <= 200)
line("opening a case with the year's cases: median <= 50 ms", f"{sys.argv[2]} ms", float(sys.argv[2]) <= 50)
line("server peak RSS (VmHWM) <= 200 MB", f"{sys.argv[3]} MB", int(sys.argv[3]) <= 200)
PY
