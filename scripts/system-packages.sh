#!/usr/bin/env bash
# Debian/Ubuntu packages, by purpose:
#   app   Qt's offscreen/xcb libraries and fonts: what the desktop app needs to start (default)
#   test  the app's, plus poppler-utils (PDFs rendered to PNG) and PostgreSQL (the sync tests)
# Usage: scripts/system-packages.sh [app|test] [--list]   (--list prints them, installs nothing)
set -euo pipefail
purpose=app
list_only=0
for arg in "$@"; do
  case "$arg" in
    app|test) purpose=$arg ;;
    --list) list_only=1 ;;
    *) echo "usage: $0 [app|test] [--list]" >&2; exit 2 ;;
  esac
done
packages=(
  python3-venv
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  fonts-dejavu-core
)
if [ "$purpose" = test ]; then
  packages+=(poppler-utils postgresql)
fi
if [ "$list_only" -eq 1 ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
