#!/usr/bin/env bash
# Make (or reuse) the project's virtual environment in .venv and install the app into it.
# pip runs only when pyproject.toml changed since the last install of the same extra: a stamp
# in .venv holds the file's hash (the install is editable, so code changes need no pip).
# Usage: scripts/venv.sh [extra]   e.g. scripts/venv.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
extra=${1:-}
spec="."
[ -n "$extra" ] && spec=".[$extra]"
hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
stamps=.venv/install-stamps
# Every extra installs the app as well, so any current stamp will do for the plain app.
if [ -n "$extra" ]; then
  wanted=("$stamps/$extra")
else
  wanted=("$stamps"/*)
fi
for stamp in "${wanted[@]}"; do
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
    exit 0
  fi
done
.venv/bin/python -m pip install -q -e "$spec"
mkdir -p "$stamps"
echo "$hash" > "$stamps/${extra:-app}"
