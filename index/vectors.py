"""The passage vectors in Chroma: embedded on disk by default, or a Chroma server.

Two collections: one vector per passage, and one per sentence of a longer passage
(index/sentences.py). The passage collection records the embedding backend that made the
vectors, the version of the text that was embedded, which passages have sentence vectors and
how a passage with sentence vectors gets its own (its text embedded, or the mean of its
sentences' vectors) in its collection metadata. Vectors of two backends, text versions or
policies are never mixed: building empties both collections first, searching is refused
with a one-line reason.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from core import config
from core.records import Passage
from core.store import Store
from index.embeddings import IndexProblem, backend_id
from index.sentences import PASSAGE_VECTOR, PASSAGE_VECTORS, SENTENCES_OVER, \
    passage_vector_words, policy_label, sentence_id, sentence_ids, sentence_texts

__all__ = ["IndexProblem", "VectorIndex", "chroma_client", "client_for", "searchable_text"]

COLLECTION = "passages"
SENTENCES = "_sentences"        # suffix of the sentence collection's name
# What the vectors were made from; change it whenever searchable_text or sentence_texts change,
# so that collections embedded from the old text are rebuilt instead of silently mixed.
# v1 (no record): heading + passage text; v2: the same plus one vector per sentence.
EMBEDDED_TEXT = "v2:heading+passage,heading+sentence"
SENTENCE_DEPTH = 3              # sentence hits fetched per passage hit wanted
BATCH = 64                      # passages per embedding call
Progress = Callable[[int, int], None]


def chroma_client(url: str | None = None, data_dir: Path | None = None) -> chromadb.ClientAPI:
    """BANEN_CHROMA_URL=http://host:port -> that server; unset -> Chroma on disk in the data dir
    (`data_dir`, else BANEN_DATA_DIR)."""
    url = url if url is not None else os.environ.get("BANEN_CHROMA_URL", "").strip()
    settings = Settings(anonymized_telemetry=False)
    if not url:
        path = (data_dir or config.data_dir()) / "chroma"
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


def _policy_words(label: str) -> str:
    return ("no sentence vectors" if label == "none"
            else f"sentence vectors for passages {label} sentence(s)")


def _mean(vectors: list[np.ndarray]) -> np.ndarray:
    """The normalised mean: a unit vector like the model's own, for cosine search."""
    mean = np.mean(np.stack(vectors), axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean


def _metadata(p: Passage) -> dict:
    # Chroma metadata takes no None values: absent keys mean "unknown".
    meta = {"doc_id": p.doc_id, "ordinal": p.ordinal, "passage_kind": p.kind}
    if p.page is not None:
        meta["page"] = p.page
    if p.section:
        meta["section"] = p.section
    return meta


def client_for(store: Store) -> chromadb.ClientAPI:
    """The Chroma that belongs with this store: on disk beside it (a store opened from another
    data dir than BANEN_DATA_DIR must not read or write the default dir's vectors)."""
    return chroma_client(data_dir=store.path.parent)


class VectorIndex:
    def __init__(self, embeddings: Embeddings, client: chromadb.ClientAPI | None = None,
                 name: str = COLLECTION, sentences_over: int | None = SENTENCES_OVER,
                 cache: bool = True, passage_vector: str = PASSAGE_VECTOR):
        if passage_vector not in PASSAGE_VECTORS:
            raise ValueError(f"passage_vector={passage_vector!r}: expected one of "
                             f"{', '.join(PASSAGE_VECTORS)}")
        self.embeddings = embeddings
        self.backend = backend_id(embeddings)
        self.client = client if client is not None else chroma_client()
        self.name = name
        self.sentences_over = sentences_over      # index/sentences.py: which get vectors
        self.passage_vector = passage_vector      # index/sentences.py: "mean" or "text"
        # Within one add(), a text already embedded (the same sentence in several letters)
        # is not embedded again; off, every text is (benchmarks/scale.py measures both).
        self.cache = cache
        self._store: Chroma | None = None
        self._sentences: Chroma | None = None

    def sentence_texts(self, p: Passage) -> list[str]:
        return sentence_texts(p, self.sentences_over)

    def expected_sentence_ids(self, passages: list[Passage]) -> set[str]:
        """The sentence vector ids this index holds when it is in step with `passages`."""
        return sentence_ids(passages, self.sentences_over)

    # -- the collection and its backend -------------------------------------------------
    def _recorded(self) -> dict | None:
        try:
            col = self.client.get_collection(self.name, embedding_function=None)
        except Exception:  # NotFoundError locally, a different error type over HTTP
            return None
        return col.metadata or {}

    def recorded_backend(self) -> str | None:
        """The backend the existing collection was built with; None if there is none yet."""
        recorded = self._recorded()
        return None if recorded is None else recorded.get("embedding_backend")

    def stale_reason(self) -> str | None:
        """Why the existing vectors cannot be used with this backend and this version of the
        embedded text (one line); None when they can or when there are none yet."""
        recorded = self._recorded()
        if recorded is None:
            return None
        backend = recorded.get("embedding_backend")
        if backend != self.backend:
            return f"the index was built with {backend} but BANEN_EMBEDDINGS selects {self.backend}"
        text = recorded.get("embedded_text", "v1")
        if text != EMBEDDED_TEXT:
            return (f"the index was embedded from an older passage text ({text.split(':')[0]}, "
                    f"this version embeds {EMBEDDED_TEXT.split(':')[0]})")
        # v2 indexes made before the policy was recorded had vectors for every sentence
        policy = recorded.get("sentence_vectors", policy_label(1))
        if policy != policy_label(self.sentences_over):
            return (f"the index has {_policy_words(policy)}, this version makes "
                    f"{_policy_words(policy_label(self.sentences_over))}")
        # indexes made before this policy was recorded embedded every passage's text
        made = recorded.get("passage_vector", "text")
        if made != self.passage_vector:
            return (f"the index has {passage_vector_words(made)}, this version makes "
                    f"{passage_vector_words(self.passage_vector)}")
        return None

    def open(self, *, create: bool = True) -> "VectorIndex":
        """Opens the collections; refuses vectors another backend or text version made."""
        reason = self.stale_reason()
        if reason:
            raise IndexProblem(f"{reason}: run `python -m index --rebuild`")
        if self._recorded() is None and not create:
            raise IndexProblem("no index yet: run `python -m index`")
        self._store = self._chroma(self.name, {
            "embedding_backend": self.backend, "embedded_text": EMBEDDED_TEXT,
            "sentence_vectors": policy_label(self.sentences_over),
            "passage_vector": self.passage_vector})
        self._sentences = self._chroma(self.name + SENTENCES,
                                       {"embedding_backend": self.backend})
        return self

    def _chroma(self, name: str, metadata: dict) -> Chroma:
        return Chroma(client=self.client, collection_name=name,
                      embedding_function=self.embeddings, collection_metadata=metadata,
                      collection_configuration={"hnsw": {"space": "cosine"}})

    def drop(self) -> None:
        for name in (self.name, self.name + SENTENCES):
            try:
                self.client.delete_collection(name)
            except Exception:  # nothing to drop
                pass
        self._store = self._sentences = None

    @property
    def chroma(self) -> Chroma:
        """The LangChain vector store over the collection (open() first)."""
        if self._store is None:
            self.open()
        return self._store

    @property
    def sentences(self) -> Chroma:
        """The LangChain vector store over the sentence collection (open() first)."""
        if self._sentences is None:
            self.open()
        return self._sentences

    # -- contents ------------------------------------------------------------------------
    def ids(self) -> set[str]:
        return set(self.chroma.get(include=[])["ids"])

    def sentence_ids(self) -> set[str]:
        return set(self.sentences.get(include=[])["ids"])

    def add(self, passages: list[Passage], progress: Progress | None = None) -> int:
        """Embeds the passages and their sentences; progress counts passages. Returns the
        number of texts embedded (passages and sentences; with the cache, each text once).
        With passage_vector "mean", a passage that has sentence vectors is not embedded
        itself: its vector is the normalised mean of its sentences' vectors.

        A batch is written to Chroma by a second thread while the next one is embedded."""
        embedded = 0
        seen: dict[str, np.ndarray] = {}
        with ThreadPoolExecutor(1) as writer:
            pending = None
            for start in range(0, len(passages), BATCH):
                if progress:    # a batch is one long call: say where it starts, too
                    progress(start, len(passages))
                batch = passages[start:start + BATCH]
                texts = [searchable_text(p) for p in batch]
                sentences, metas, ids, spans = [], [], [], []
                for p in batch:
                    start_s = len(sentences)
                    for n, text in enumerate(self.sentence_texts(p)):
                        sentences.append(text)
                        metas.append({"doc_id": p.doc_id, "passage_id": p.passage_id})
                        ids.append(sentence_id(p.passage_id, n))
                    spans.append((start_s, len(sentences)))
                own = [i for i, (a, b) in enumerate(spans)
                       if self.passage_vector != "mean" or a == b]
                # One call for the passages and their sentences: the backend spreads it over
                # its threads or servers.
                wanted = [texts[i] for i in own] + sentences
                new = [t for t in dict.fromkeys(wanted) if t not in seen] if self.cache \
                    else wanted
                vectors = [np.asarray(v, dtype=np.float32)
                           for v in self.embeddings.embed_documents(new)]
                if self.cache:
                    seen.update(zip(new, vectors))
                    vectors = [seen[t] for t in wanted]
                if pending:
                    pending.result()        # one write at a time, in order; raises its error
                own_vectors = dict(zip(own, vectors[:len(own)]))
                sentence_vectors = vectors[len(own):]
                passage_vectors = [own_vectors[i] if i in own_vectors
                                   else _mean(sentence_vectors[a:b])
                                   for i, (a, b) in enumerate(spans)]
                pending = writer.submit(self._write, batch, texts, passage_vectors,
                                        ids, sentences, sentence_vectors, metas)
                embedded += len(new)
                if progress:
                    progress(start + len(batch), len(passages))
            if pending:
                pending.result()
        return embedded

    def _write(self, batch, texts, vectors, ids, sentences, sentence_vectors, metas) -> None:
        # Chroma's document is the embedded text; hits take their text from the store. The
        # passage goes first: a passage whose sentences are missing is redone by the build.
        self.chroma._collection.add(ids=[p.passage_id for p in batch], embeddings=vectors,
                                    documents=texts, metadatas=[_metadata(p) for p in batch])
        if sentences:
            self.sentences._collection.add(ids=ids, embeddings=sentence_vectors,
                                           documents=sentences, metadatas=metas)

    def delete(self, ids: list[str]) -> None:
        """Deletes these passages' vectors and their sentences' vectors."""
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            self.chroma.delete(ids=chunk)
            self.sentences.delete(where={"passage_id": {"$in": chunk}})

    def delete_sentences(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 500):
            self.sentences.delete(ids=ids[start:start + 500])

    def search(self, query: str, k: int, doc_ids: list[str] | None = None,
               vector: list[float] | None = None) -> list[tuple[str, float]]:
        """(passage_id, similarity), best first; only passages of `doc_ids` if given.

        A passage's similarity is the best of its own vector's and its sentences' cosine
        similarity to the question."""
        if doc_ids is not None and not doc_ids:
            return []
        where = {"doc_id": {"$in": list(doc_ids)}} if doc_ids is not None else None
        vector = vector if vector is not None else self.embeddings.embed_query(query)
        best: dict[str, float] = {}
        for doc, distance in self.chroma.similarity_search_by_vector_with_relevance_scores(
                vector, k=k, filter=where):
            best[doc.id] = 1.0 - distance
        if self.sentences_over is None:     # no sentence vectors: one search, not two
            return sorted(best.items(), key=lambda item: -item[1])[:k]
        for doc, distance in self.sentences.similarity_search_by_vector_with_relevance_scores(
                vector, k=k * SENTENCE_DEPTH, filter=where):
            pid = doc.metadata["passage_id"]
            best[pid] = max(best.get(pid, -1.0), 1.0 - distance)
        return sorted(best.items(), key=lambda item: -item[1])[:k]
