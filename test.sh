#!/usr/bin/env bash
# Installs the same way as start.sh and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
exec .venv/bin/python -m pytest -q "$@"
