"""One assistant for the session: corpus/ ingested by the real `python -m ingest` (the shared
ingested_corpus fixture) and indexed by the real `python -m index` with the default backend."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.config import PROJECT_ROOT


@pytest.fixture(scope="session")
def indexed_corpus(ingested_corpus):
    env = {**os.environ, "BANEN_DATA_DIR": str(ingested_corpus.data_dir)}
    run = subprocess.run([sys.executable, "-m", "index"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, f"python -m index failed:\n{run.stderr}"
    return ingested_corpus


@pytest.fixture(scope="session")
def assistant(indexed_corpus):
    from assistant.assistant import Assistant
    a = Assistant.load(indexed_corpus.data_dir, writer=None)
    a.writer = None          # BANEN_LLM of the environment must not change what is tested
    yield a
    a.store.close()
