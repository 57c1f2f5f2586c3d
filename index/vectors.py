"""The passage vectors in Chroma: embedded on disk by default, or a Chroma server.

The collection records the embedding backend that made its vectors (collection metadata).
Vectors of two backends are never mixed: building with another backend empties the collection
first, searching with another backend is refused with a one-line reason.
"""
from __future__ import annotations

import os
from typing import Callable
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from core import config
from core.records import Passage
from index.embeddings import backend_id

COLLECTION = "passages"
BATCH = 32
Progress = Callable[[int, int], None]


class IndexProblem(RuntimeError):
    """The index cannot be used as it is; the message is one line and says what to do."""


def chroma_client(url: str | None = None) -> chromadb.ClientAPI:
    """BANEN_CHROMA_URL=http://host:port -> that server; unset -> Chroma on disk in the data dir."""
    url = url if url is not None else os.environ.get("BANEN_CHROMA_URL", "").strip()
    settings = Settings(anonymized_telemetry=False)
    if not url:
        path = config.data_dir() / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=settings)
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IndexProblem(f"BANEN_CHROMA_URL={url!r}: expected http://host:port")
    try:
        return chromadb.HttpClient(host=parts.hostname,
                                   port=parts.port or (443 if parts.scheme == "https" else 8000),
                                   ssl=parts.scheme == "https", settings=settings)
    except Exception as exc:  # the client checks the server on creation
        raise IndexProblem(f"cannot reach the Chroma server at {url} (BANEN_CHROMA_URL): "
                          f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def searchable_text(p: Passage) -> str:
    """What BM25 and the embedding model see: the heading says what a block is about
    ("Politie", "Hernieuwde focus") when its text does not (measured: English explanation
    recall@5 .82 -> .88 with e5). The passage id hashes the text only, so a heading changed
    without its text keeps its old vector until `python -m index --rebuild`."""
    return f"{p.section}. {p.text}" if p.section and p.section not in p.text else p.text


def _metadata(p: Passage) -> dict:
    # Chroma metadata takes no None values: absent keys mean "unknown".
    meta = {"doc_id": p.doc_id, "ordinal": p.ordinal, "passage_kind": p.kind}
    if p.page is not None:
        meta["page"] = p.page
    if p.section:
        meta["section"] = p.section
    return meta


class VectorIndex:
    def __init__(self, embeddings: Embeddings, client: chromadb.ClientAPI | None = None,
                 name: str = COLLECTION):
        self.embeddings = embeddings
        self.backend = backend_id(embeddings)
        self.client = client if client is not None else chroma_client()
        self.name = name
        self._store: Chroma | None = None

    # -- the collection and its backend -------------------------------------------------
    def recorded_backend(self) -> str | None:
        """The backend the existing collection was built with; None if there is none yet."""
        try:
            col = self.client.get_collection(self.name, embedding_function=None)
        except Exception:  # NotFoundError locally, a different error type over HTTP
            return None
        return (col.metadata or {}).get("embedding_backend")

    def open(self, *, create: bool = True) -> "VectorIndex":
        """Opens the collection; refuses one whose vectors another backend made."""
        recorded = self.recorded_backend()
        if recorded is not None and recorded != self.backend:
            raise IndexProblem(
                f"the index was built with {recorded} but BANEN_EMBEDDINGS selects "
                f"{self.backend}: run `python -m index --rebuild`")
        if recorded is None and not create:
            raise IndexProblem("no index yet: run `python -m index`")
        self._store = Chroma(client=self.client, collection_name=self.name,
                             embedding_function=self.embeddings,
                             collection_metadata={"embedding_backend": self.backend},
                             collection_configuration={"hnsw": {"space": "cosine"}})
        return self

    def drop(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:  # nothing to drop
            pass
        self._store = None

    @property
    def chroma(self) -> Chroma:
        """The LangChain vector store over the collection (open() first)."""
        if self._store is None:
            self.open()
        return self._store

    # -- contents ------------------------------------------------------------------------
    def ids(self) -> set[str]:
        return set(self.chroma.get(include=[])["ids"])

    def add(self, passages: list[Passage], progress: Progress | None = None) -> None:
        for start in range(0, len(passages), BATCH):
            batch = passages[start:start + BATCH]
            # Chroma's document is the embedded text; hits take their text from the store.
            self.chroma.add_texts([searchable_text(p) for p in batch],
                                  [_metadata(p) for p in batch],
                                  ids=[p.passage_id for p in batch])
            if progress:
                progress(start + len(batch), len(passages))

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 500):
            self.chroma.delete(ids=ids[start:start + 500])

    def search(self, query: str, k: int, doc_ids: list[str] | None = None,
               vector: list[float] | None = None) -> list[tuple[str, float]]:
        """(passage_id, cosine similarity), best first; only passages of `doc_ids` if given."""
        if doc_ids is not None and not doc_ids:
            return []
        where = {"doc_id": {"$in": list(doc_ids)}} if doc_ids is not None else None
        vector = vector if vector is not None else self.embeddings.embed_query(query)
        found = self.chroma.similarity_search_by_vector_with_relevance_scores(
            vector, k=k, filter=where)
        return [(doc.id, 1.0 - distance) for doc, distance in found]
