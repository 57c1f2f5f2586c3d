#!/usr/bin/env bash
# Installs the same way as start.sh and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
# The browser tests drive Debian's Chromium through Playwright (never `playwright install`).
if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "test: installing chromium for the browser tests"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
exec .venv/bin/python -m pytest -q "$@"
