#!/usr/bin/env bash
# The phone budget of issue 15: a tap's result within 400 ms on a throttled phone (Chrome's CPU 4x
# slower, 300 ms round trip, 1.6 Mbps), p90 over 20 taps each of a checklist answer, a time entry
# and a part entry, in Debian's Chromium with the release browser bundle (`make site` first).
# Prints min/p50/p90/max per action; BENCH_OUT=file.json also writes them.
#   scripts/bench-taps.sh                                  # target/release/gemba (`make build`)
#   GEMBA_TEST_SERVER=target/debug/gemba scripts/bench-taps.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/site/pkg/gemba_bg.wasm ] || { echo "run make site first" >&2; exit 1; }
exec scripts/test-e2e.sh --config bench.config.ts
