"""Shared fixtures: a private data dir per test, a real store in it, the ingest CLI, and one
ingested copy of corpus/ for the whole session (read it, do not write to it)."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from core.config import DEFAULT_CORPUS, PROJECT_ROOT
from core.store import Store


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """An empty data dir; BANEN_DATA_DIR points at it for the test (and its subprocesses)."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("BANEN_DATA_DIR", str(path))
    return path


@pytest.fixture
def store(data_dir):
    """A real SQLite store in the test's data dir."""
    with Store(data_dir / "store.sqlite") as s:
        yield s


def run_ingest_cli(*args: str | os.PathLike, data_dir: Path, index: bool = False,
                   timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m ingest ARGS` in a subprocess, as a user runs it, writing into `data_dir`.

    The index step is left out unless asked for: it has its own tests, and embedding would
    make every ingest test wait for the model.
    """
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir)}
    flags = [] if index else ["--no-index"]
    return subprocess.run([sys.executable, "-m", "ingest", *flags, *map(str, args)],
                          cwd=PROJECT_ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def ingest_cli(data_dir) -> Callable[..., subprocess.CompletedProcess]:
    """Runs the ingest CLI into the test's data dir: ingest_cli(path, ...)."""
    return lambda *args, **kw: run_ingest_cli(*args, data_dir=data_dir, **kw)


@dataclass(frozen=True)
class IngestedCorpus:
    data_dir: Path
    store_path: Path
    run: subprocess.CompletedProcess   # the `python -m ingest` run that built it


@pytest.fixture(scope="session")
def ingested_corpus(tmp_path_factory) -> IngestedCorpus:
    """corpus/ ingested and indexed once by `python -m ingest` (no arguments), as a user does."""
    data = tmp_path_factory.mktemp("corpus-data")
    run = run_ingest_cli(data_dir=data, index=True, timeout=900)
    assert run.returncode == 0, f"ingest of {DEFAULT_CORPUS} failed:\n{run.stderr}"
    return IngestedCorpus(data, data / "store.sqlite", run)


@pytest.fixture
def corpus_store(ingested_corpus):
    """A Store over the session's ingested corpus (shared: only read from it)."""
    with Store(ingested_corpus.store_path) as s:
        yield s
