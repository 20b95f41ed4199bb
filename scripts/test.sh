#!/usr/bin/env bash
# Set up (first time) and run every check: lint, types, tests, offline evals gate.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
.venv/bin/ruff check src tests app.py ui || exit 1
.venv/bin/ruff format --check src tests app.py ui || exit 1
.venv/bin/mypy || exit 1
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests; that is a failure here." >&2
  exit 1
fi
[ "$status" -eq 0 ] || exit "$status"
# The offline evals must stay at or above the thresholds kept in evals/thresholds.toml.
.venv/bin/followup eval --engine offline --gate --out "$(mktemp -d)" > /dev/null || exit 1
echo "offline evals: at or above every threshold in evals/thresholds.toml"
