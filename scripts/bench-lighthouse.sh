#!/usr/bin/env bash
# Issue 18's page budgets in Lighthouse mobile (simulated throttling) with Debian's Chromium: the
# sign-in page and a technician's My work, LCP <= 1.5 s, TBT <= 100 ms, performance score >= 0.95;
# medians of RUNS runs (default 3). Lighthouse is installed here on first use (scripts/lighthouse,
# from the npm registry), not by `make setup`. BENCH_OUT=file.json also writes the figures.
#   make site && scripts/bench-lighthouse.sh                         # target/release/gemba
#   GEMBA_TEST_SERVER=target/profiling/gemba scripts/bench-lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/site/pkg/gemba_bg.wasm ] || { echo "run make site first" >&2; exit 1; }
[ -d scripts/lighthouse/node_modules/lighthouse ] || npm ci --prefix scripts/lighthouse --no-audit --no-fund >&2
exec scripts/test-e2e.sh --exec node ../scripts/lighthouse/run.mjs
