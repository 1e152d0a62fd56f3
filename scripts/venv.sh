#!/usr/bin/env bash
# Make (or reuse) the project's virtual environment in .venv and install the app into it.
# Usage: scripts/venv.sh [extra]   e.g. scripts/venv.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
spec="."
[ -n "${1:-}" ] && spec=".[$1]"
.venv/bin/python -m pip install -q -e "$spec"
