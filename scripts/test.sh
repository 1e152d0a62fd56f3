#!/usr/bin/env bash
# Set up and run the test suite (offscreen Qt, real SQLite, real PostgreSQL where a test needs it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh test
bash scripts/venv.sh dev
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -n 2 "$@"
