#!/usr/bin/env bash
# Set up (first time) and open the followup page on the offline engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
port="${PORT:-8501}"
url="http://localhost:${port}"
echo "Opening followup at ${url} (offline engine unless a model is configured)"
# Streamlit is always started headless: otherwise, on a machine where it never ran, it stops at an
# interactive "Email:" prompt before serving anything. We open the browser ourselves once it answers.
if [ "${HEADLESS:-false}" != "true" ]; then
  (
    for _ in $(seq 1 60); do
      if .venv/bin/python -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" \
        "${url}/_stcore/health" 2>/dev/null; then
        .venv/bin/python -m webbrowser -t "${url}" >/dev/null 2>&1 || true
        exit 0
      fi
      sleep 1
    done
  ) &
fi
exec .venv/bin/streamlit run app.py --server.port "${port}" --server.headless true
