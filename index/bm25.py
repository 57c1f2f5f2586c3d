"""BM25 over the passages, with the Dutch Snowball stemmer and Dutch stop words.

Not persisted: it is rebuilt from the store whenever the retriever loads or the store changes,
which takes milliseconds for these letters, so it can never disagree with the store.
"""
from __future__ import annotations

import bm25s
import numpy as np
import Stemmer

_stemmer = Stemmer.Stemmer("dutch")


def tokenize(texts: list[str]) -> list[list[str]]:
    return bm25s.tokenize(texts, stopwords="nl", stemmer=_stemmer, return_ids=False,
                          show_progress=False)


class Bm25Index:
    def __init__(self, ids: list[str], texts: list[str]):
        self.ids = list(ids)
        self._bm25 = bm25s.BM25()
        if self.ids:
            self._bm25.index(tokenize(list(texts)), show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        """One score per passage, in the order of `ids`."""
        tokens = tokenize([query])[0] if self.ids else []
        known = [t for t in tokens if t in self._bm25.vocab_dict] if self.ids else []
        if not known:
            return np.zeros(len(self.ids), dtype=np.float32)
        return self._bm25.get_scores(known)

    def search(self, query: str, k: int, allowed: np.ndarray | None = None
               ) -> list[tuple[str, float]]:
        """The k best (passage_id, score) with a score above zero, among `allowed` (a mask)."""
        scores = self.scores(query)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        top = np.argsort(-scores, kind="stable")[:k]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
