#!/usr/bin/env bash
# Unit and integration tests on SQLite, then the integration tests again on PostgreSQL in a
# uniquely named database created for this run and dropped after it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== tests on SQLite"
cargo test --workspace --features app/ssr

PGHOST_ADDR=127.0.0.1
if pg_isready -h "$PGHOST_ADDR" -p 5432 -U postgres -q; then
  db="gemba_test_$(date +%Y%m%d%H%M%S)_$$"
  psql -h "$PGHOST_ADDR" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$db\""
  trap 'psql -h "$PGHOST_ADDR" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true' EXIT
  echo "== integration tests on PostgreSQL (database $db)"
  # same packages and features as above, so nothing is rebuilt
  GEMBA_TEST_DATABASE_URL="postgres://postgres@$PGHOST_ADDR:5432/$db" cargo test --workspace --features app/ssr --test api
else
  if [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL is not reachable at $PGHOST_ADDR:5432 and CI=true: failing." >&2
    exit 1
  fi
  echo "WARNING: PostgreSQL is not reachable at $PGHOST_ADDR:5432; the PostgreSQL run was SKIPPED." >&2
fi
