#!/usr/bin/env bash
# Installs everything the project needs into .venv. Safe to run again: pip skips what is there.
# torch goes first and pinned: that spec takes the CPU build on the machine; any other spec
# (direct or pulled in by sentence-transformers) downloads several GB of CUDA packages.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -r requirements.txt
echo "setup: .venv ready"
