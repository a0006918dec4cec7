# Sourced by the wrk benchmarks (bench-worklist.sh, bench-reports.sh): wrk (Debian package;
# installed if missing), a fresh database (SQLite in a temporary folder, or BENCH_DATABASE_URL),
# the server ($BENCH_BIN, default the release build) started with the demo data and stopped on
# exit, `$base` its address, `$pid` its process, and `sign_in EMAIL` printing the demo account's
# session cookie.
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

sign_in() {
  local email=$1 password
  password=$(sed -n "s/.*$email.*password \([^ ]*\).*/\1/p" "$work/out.log")
  curl -s -D - -o /dev/null -H 'Accept: application/json' --data-urlencode "email=$email" \
    --data-urlencode "password=$password" "$base/sfn/login" | tr -d '\r' |
    sed -n 's/^[Ss]et-[Cc]ookie: \(gemba_session=[^;]*\).*/\1/p'
}
