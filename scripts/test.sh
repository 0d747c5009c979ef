#!/usr/bin/env bash
# Runs the whole test suite (installs what it needs first). Extra arguments go to pytest.
# With BOOTHMATE_TEST_DATABASE_URL set, the integration tests run once more on that PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test

export OMP_THREAD_LIMIT=1
db_url="${BOOTHMATE_TEST_DATABASE_URL:-}"
BOOTHMATE_TEST_DATABASE_URL= .venv/bin/python -m pytest "$@"
if [ -n "$db_url" ]; then
  echo "== integration tests on PostgreSQL"
  BOOTHMATE_TEST_DATABASE_URL="$db_url" .venv/bin/python -m pytest tests/integration -m "not sqlite_only" "$@"
fi
