#!/usr/bin/env bash
# Set up and start the canteen app on the embedded default database (demo data on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh app
bash scripts/venv.sh
exec .venv/bin/canteen gui --demo-if-new "$@"
