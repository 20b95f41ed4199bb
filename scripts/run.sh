#!/usr/bin/env bash
# Set up (first time) and open the followup page on the offline engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "Opening followup at http://localhost:${PORT:-8501} (offline engine unless a model is configured)"
exec .venv/bin/streamlit run app.py --server.port "${PORT:-8501}" --server.headless "${HEADLESS:-false}"
