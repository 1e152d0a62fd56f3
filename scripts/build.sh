#!/usr/bin/env bash
# Build the one-folder packaged app in dist/canteen from build.spec.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyinstaller ] || bash scripts/venv.sh dev
.venv/bin/python -m ui.translations --compile resources/translations
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
