#!/usr/bin/env bash
# Installs everything, ingests corpus/ and starts the assistant.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
.venv/bin/python -m ingest
if [ -f app.py ]; then exec .venv/bin/python app.py; fi
exec .venv/bin/python -m assistant figures
