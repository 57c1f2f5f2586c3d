"""Hybrid retrieval: BM25 and dense vectors, fused by reciprocal rank fusion (RRF).

BM25 with Dutch stemming is strongest on Dutch questions, the multilingual e5 vectors carry
the English ones; fusing the two ranks is best overall (DESIGN.md). English questions reach
BM25 expanded with Dutch words; the vectors see the question as asked, and a passage's dense
score is the best of its own vector and its sentences' vectors (index/sentences.py). A letter
the question names by year ("the 2017 letter") gets one more first-place vote in the fusion.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from typing import Iterable

import chromadb
import numpy as np
from langchain_core.embeddings import Embeddings

from core.records import Citation, Document, Passage
from core.store import Store
from index.bm25 import Bm25Index
from index.build import index_mismatch
from index.embeddings import make_embeddings
from index.language import detect_language, expand_query, letter_years
from index.sentences import PASSAGE_VECTOR, SENTENCES_OVER
from index.vectors import VectorIndex, client_for, searchable_text

RRF_K = 60
DEPTH = 50          # how deep each ranking goes into the fusion
MODES = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class Hit:
    passage: Passage
    document: Document
    score: float
    ranks: dict[str, int] = field(default_factory=dict)   # 1-based rank per retriever

    @property
    def passage_id(self) -> str:
        return self.passage.passage_id

    @property
    def text(self) -> str:
        return self.passage.text

    def citation(self) -> Citation:
        return Citation.of(self.document, self.passage, self.score)


def rrf(rankings: Iterable[list[str]], k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over the rankings an id appears in.

    Ties keep the order of first appearance, so the first ranking breaks them.
    """
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, pid in enumerate(ranking, start=1):
            scores[pid] = scores.get(pid, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda item: -item[1])


def prefer(fused: list[tuple[str, float]], preferred: set[str], k: int = RRF_K
           ) -> list[tuple[str, float]]:
    """One more first-place vote (1/(k+1)) for each preferred id, then sorted again.

    Used for the letter a question names ("the 2017 letter"): its passages move up, but a
    passage both retrievers rank first elsewhere still beats a weak one of that letter."""
    if not preferred:
        return fused
    bonus = 1.0 / (k + 1)
    return sorted(((pid, s + bonus if pid in preferred else s) for pid, s in fused),
                  key=lambda item: -item[1])


def _as_set(value) -> set | None:
    if value is None:
        return None
    if isinstance(value, (str, int)):
        return {value}
    return set(value)


@dataclass(frozen=True)
class _Snapshot:
    """The store's passages as one search sees them. Replaced whole when the store changes, so
    a search running in another thread meanwhile keeps a consistent view (ids, BM25, docs)."""
    generation: int
    passages: dict[str, Passage]
    documents: dict[str, Document]
    doc_of: np.ndarray
    bm25: Bm25Index

    @classmethod
    def of(cls, store: Store) -> "_Snapshot":
        with store.committed() as view:
            generation, passages, documents = view.generation(), view.passages(), view.documents()
        order = [p.passage_id for p in passages]
        return cls(generation, {p.passage_id: p for p in passages},
                   {d.doc_id: d for d in documents},
                   np.array([p.doc_id for p in passages], dtype=object),
                   Bm25Index(order, [searchable_text(p) for p in passages]))


class HybridRetriever:
    """search(query, k, filters) over the store's passages.

    Filters: doc_id, kind (document kind) and year (document year), each one value or a list.
    The store is re-read when it changes (its generation counter), so a letter indexed by
    another process is searchable at once.
    """

    def __init__(self, store: Store | None = None, *, embeddings: Embeddings | None = None,
                 client: chromadb.ClientAPI | None = None, rrf_k: int = RRF_K,
                 depth: int = DEPTH, warn=sys.stderr, sentences_over: int | None = SENTENCES_OVER,
                 passage_vector: str = PASSAGE_VECTOR):
        self.store = store or Store()
        self.vectors = VectorIndex(embeddings or make_embeddings(),
                                   client if client is not None else client_for(self.store),
                                   sentences_over=sentences_over,
                                   passage_vector=passage_vector).open()
        self.rrf_k, self.depth, self._warn = rrf_k, depth, warn
        self.problem: str | None = None
        self._snapshot: _Snapshot | None = None
        self._refreshing = threading.Lock()
        self._refresh()

    @classmethod
    def load(cls, store: Store | None = None, **kwargs) -> "HybridRetriever":
        return cls(store, **kwargs)

    # -- keeping up with the store ---------------------------------------------------------
    def _refresh(self) -> _Snapshot:
        """The current snapshot, rebuilt once (not once per waiting thread) after a change."""
        current = self._snapshot
        if current is not None and current.generation == self.store.generation():
            return current
        with self._refreshing:
            current = self._snapshot
            if current is None or current.generation != self.store.generation():
                current = _Snapshot.of(self.store)
                self._snapshot = current
                self.check()
            return current

    def check(self) -> str | None:
        """Compares the store's passage ids with the collection's; says so once if they differ."""
        problem = index_mismatch(list(self._snapshot.passages.values()), self.vectors)
        if problem and problem != self.problem and self._warn:
            print(problem, file=self._warn)
        self.problem = problem
        return problem

    # -- search ----------------------------------------------------------------------------
    @staticmethod
    def _named_letters(query: str, snap: _Snapshot) -> set[str]:
        """Passage ids of the letters a question names by year ("de brief van 2017")."""
        years = letter_years(query)
        docs = {d.doc_id for d in snap.documents.values() if d.year in years}
        if not docs:
            return set()
        return {pid for pid, p in snap.passages.items() if p.doc_id in docs}

    @staticmethod
    def _allowed_docs(filters: dict, snap: _Snapshot) -> list[str] | None:
        unknown = set(filters) - {"doc_id", "kind", "year"}
        if unknown:
            raise ValueError(f"filters: unknown field {sorted(unknown)[0]!r} "
                             f"(use doc_id, kind, year)")
        doc_ids, kinds, years = (_as_set(filters.get(f)) for f in ("doc_id", "kind", "year"))
        if doc_ids is None and kinds is None and years is None:
            return None
        return [d.doc_id for d in snap.documents.values()
                if (doc_ids is None or d.doc_id in doc_ids)
                and (kinds is None or d.kind in kinds)
                and (years is None or d.year in {int(y) for y in years})]

    def bm25_ranking(self, query: str, depth: int, docs: list[str] | None,
                     lang: str | None = None, snap: _Snapshot | None = None
                     ) -> list[tuple[str, float]]:
        snap = snap or self._refresh()
        allowed = None if docs is None else np.isin(snap.doc_of, list(docs))
        return snap.bm25.search(expand_query(query, lang), depth, allowed)

    def dense_ranking(self, query: str, depth: int, docs: list[str] | None,
                      snap: _Snapshot | None = None) -> list[tuple[str, float]]:
        snap = snap or self._refresh()
        # Vectors of passages the store no longer holds (an index out of date) are skipped;
        # passages not embedded yet (a letter being indexed) are found by BM25 meanwhile.
        return [(pid, s) for pid, s in self.vectors.search(query, depth, docs)
                if pid in snap.passages]

    def search(self, query: str, k: int = 5, filters: dict | None = None, *,
               mode: str = "hybrid", **filter_kwargs) -> list[Hit]:
        """The k best passages for `query`; `mode` is hybrid, bm25 or dense.

        A hybrid hit's score is its RRF score; a single retriever's hit keeps its own score
        (BM25 score, or cosine similarity).
        """
        if mode not in MODES:
            raise ValueError(f"mode {mode!r}: expected one of {', '.join(MODES)}")
        snap = self._refresh()
        docs = self._allowed_docs({**(filters or {}), **filter_kwargs}, snap)
        if not query.strip() or not snap.passages or docs == []:
            return []
        depth = max(k, self.depth)
        rankings: dict[str, list[tuple[str, float]]] = {}
        if mode in ("hybrid", "bm25"):
            rankings["bm25"] = self.bm25_ranking(query, depth, docs, detect_language(query), snap)
        if mode in ("hybrid", "dense"):
            rankings["dense"] = self.dense_ranking(query, depth, docs, snap)
        if mode == "hybrid":
            ranked = rrf([[pid for pid, _ in r] for r in rankings.values()], self.rrf_k)
            ranked = prefer(ranked, self._named_letters(query, snap), self.rrf_k)
        else:
            ranked = rankings[mode]
        positions = {name: {pid: i for i, (pid, _) in enumerate(r, 1)}
                     for name, r in rankings.items()}
        hits = []
        for pid, score in ranked[:k]:
            passage = snap.passages[pid]
            ranks = {name: pos[pid] for name, pos in positions.items() if pid in pos}
            hits.append(Hit(passage, snap.documents[passage.doc_id], float(score), ranks))
        return hits


Retriever = HybridRetriever
