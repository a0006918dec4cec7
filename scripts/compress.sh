#!/usr/bin/env bash
# Precompresses the site's pkg files (served by ServeDir when the browser accepts br or gzip) and
# prints their sizes; the wasm + JS brotli total is the bundle budget (<= 250 KB).
set -euo pipefail
dir=$1
total=0
for f in "$dir"/*.js "$dir"/*.wasm "$dir"/*.css; do
  [ -f "$f" ] || continue
  brotli -f -q 11 -o "$f.br" "$f"
  gzip -f -k -9 "$f"
  size=$(stat -c %s "$f.br")
  case "$f" in *.js | *.wasm) total=$((total + size)) ;; esac
  printf '%-40s %8d bytes, brotli %7d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$size"
done
printf 'wasm + JS, brotli: %d bytes (%d KB)\n' "$total" "$((total / 1024))"
