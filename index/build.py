"""Bringing the vectors in line with the store: only what changed is embedded or deleted.

Passage ids are doc_id + ordinal + content hash, so the difference between the store's ids and
the collection's ids is exactly what to embed (new or changed passages) and what to delete
(passages of changed or removed letters). Unchanged letters are not touched.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass

import chromadb
from langchain_core.embeddings import Embeddings

from core.store import Store
from index.embeddings import make_embeddings
from index.sentences import PASSAGE_VECTOR, SENTENCES_OVER
from index.vectors import Progress, VectorIndex, client_for

REBUILD_HINT = "run `python -m index --rebuild`"
# Vectors missing or left over are healed by the plain command: it embeds only the missing
# passages and deletes the extra vectors (--rebuild would re-embed every passage).
UPDATE_HINT = "run `python -m index`"


@dataclass(frozen=True)
class IndexReport:
    backend: str
    added: int
    removed: int
    unchanged: int
    seconds: float
    rebuilt: str | None = None      # why the collection was emptied first, if it was
    texts: int = 0                  # texts embedded: the passages added and their sentences
    #                                 (with the cache, a text that occurs twice counts once)

    @property
    def total(self) -> int:
        return self.added + self.unchanged

    def summary(self) -> str:
        head = f"rebuilt ({self.rebuilt}); " if self.rebuilt else ""
        return (f"index: {head}{self.added} passages embedded, {self.removed} removed, "
                f"{self.unchanged} unchanged; {self.total} in the index ({self.backend}, "
                f"{self.seconds:.1f} s)")


def stderr_progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    print(f"\rembedding passages {done}/{total}", end=end, file=sys.stderr, flush=True)


def build_index(store: Store | None = None, *, progress: Progress | None = None,
                rebuild: bool = False, embeddings: Embeddings | None = None,
                client: chromadb.ClientAPI | None = None,
                sentences_over: int | None = SENTENCES_OVER, cache: bool = True,
                passage_vector: str = PASSAGE_VECTOR) -> IndexReport:
    """Embeds the store's new and changed passages and deletes the vectors of removed ones.

    The BM25 half needs no build: the retriever makes it from the store when it loads.
    `sentences_over`: which passages get sentence vectors (index/sentences.py);
    `passage_vector`: "mean" (a passage with sentence vectors gets their normalised mean) or
    "text" (its text embedded as well); `cache`: a text that occurs twice in the passages to
    embed is embedded once.
    """
    started = time.perf_counter()
    own_store = store is None
    store = store or Store()
    try:
        vectors = VectorIndex(embeddings or make_embeddings(),
                              client if client is not None else client_for(store),
                              sentences_over=sentences_over, cache=cache,
                              passage_vector=passage_vector)
        reason = "asked for" if rebuild else vectors.stale_reason()
        if reason:
            vectors.drop()
        vectors.open()

        passages = store.passages()
        existing = vectors.ids()
        wanted = {p.passage_id for p in passages}
        # A passage whose sentence vectors are incomplete (an interrupted build) is redone whole.
        have_sentences = vectors.sentence_ids()
        broken = {p.passage_id for p in passages
                  if p.passage_id in existing
                  and not vectors.expected_sentence_ids([p]) <= have_sentences}
        stale = sorted((existing - wanted) | broken)
        new = [p for p in passages if p.passage_id not in existing or p.passage_id in broken]
        vectors.delete(stale)
        vectors.delete_sentences(sorted(vectors.sentence_ids()
                                        - vectors.expected_sentence_ids(passages)))
        texts = vectors.add(new, progress)
        return IndexReport(vectors.backend, len(new), len(existing - wanted),
                           len(wanted) - len(new),
                           time.perf_counter() - started, reason, texts)
    finally:
        if own_store:
            store.close()


def mismatch(store_ids: set[str], index_ids: set[str], unit: str = "passage") -> str | None:
    """One line saying how the vectors differ from the store, or None when they match."""
    missing, extra = len(store_ids - index_ids), len(index_ids - store_ids)
    if not missing and not extra:
        return None
    parts = []
    if missing:
        parts.append(f"{missing} {unit}{'s' if missing > 1 else ''} of the store "
                     f"{'have' if missing > 1 else 'has'} no vector")
    if extra:
        parts.append(f"{extra} vector{'s' if extra > 1 else ''} "
                     f"belong{'' if extra > 1 else 's'} to no {unit} of the store")
    return f"index out of date: {' and '.join(parts)}: {UPDATE_HINT}"


def index_mismatch(passages: list, vectors: VectorIndex) -> str | None:
    """Passage vectors first, then sentence vectors, against what the store says they are."""
    return (mismatch({p.passage_id for p in passages}, vectors.ids())
            or mismatch(vectors.expected_sentence_ids(passages), vectors.sentence_ids(),
                        "sentence"))


def check_index(store: Store | None = None, *, embeddings: Embeddings | None = None,
                client: chromadb.ClientAPI | None = None) -> str | None:
    """None when the vectors match the store; otherwise the one line that says what to do."""
    own_store = store is None
    store = store or Store()
    try:
        vectors = VectorIndex(embeddings or make_embeddings(),
                              client if client is not None else client_for(store))
        if vectors.recorded_backend() is None:
            return None if not store.passages() else "no index yet: run `python -m index`"
        reason = vectors.stale_reason()
        if reason:
            return f"{reason}: {REBUILD_HINT}"
        return index_mismatch(store.passages(), vectors.open())
    finally:
        if own_store:
            store.close()
