"""The vote of labelled example questions: which intent the questions nearest to a new one had.

`assistant/examples.jsonl` holds questions of the tuning sets with the intent a right answer
needed (never the held-out set). Their e5 query vectors are cached beside the store, so the
vote costs one query vector, and only where no cue of the parse decides (understand.py).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

import numpy as np

EXAMPLES = Path(__file__).resolve().parent / "examples.jsonl"
# The vectors of the shipped examples for the default backend ship beside them (a few seconds
# to compute on 2 cores, which every fresh data dir would otherwise pay at start); run
# `python -m assistant.examples` after changing examples.jsonl.
K = 7                  # nearest examples that vote


class ExampleVote:
    def __init__(self, embeddings, cache_dir: Path | None = None, path: Path = EXAMPLES):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        self.intents = [r["intent"] for r in rows]
        self.embeddings = embeddings
        self.vectors = self._vectors([r["q"] for r in rows], cache_dir, path)

    def _vectors(self, texts: list[str], cache_dir: Path | None, path: Path) -> np.ndarray:
        """The examples' vectors, computed once per examples file and embedding backend."""
        from index.embeddings import backend_id
        key = hashlib.sha256(path.read_bytes() + backend_id(self.embeddings).encode()).hexdigest()
        name = f"examples-{key[:16]}.npy"
        shipped = path.parent / name        # made by `python -m assistant.examples` for the default
        if shipped.exists():
            return np.load(shipped)
        cache = cache_dir / name if cache_dir else None
        if cache and cache.exists():
            return np.load(cache)
        vectors = _normalised(np.array([self.embeddings.embed_query(t) for t in texts]))
        vectors = vectors.astype(np.float32)     # as cached: the vote is the same either way
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp.npy")
            np.save(tmp, vectors)
            os.replace(tmp, cache)          # atomic: a killed run leaves no half file
        return vectors

    def __call__(self, text: str) -> dict[str, float]:
        """{intent: share of the K nearest examples}."""
        query = _normalised(np.array([self.embeddings.embed_query(text)]))[0]
        nearest = np.argsort(-(self.vectors @ query))[:K]
        counts = Counter(self.intents[i] for i in nearest)
        return {intent: n / K for intent, n in counts.items()}


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def main() -> int:
    """Writes the shipped examples' vectors for the default embedding backend."""
    from index.embeddings import make_embeddings
    for old in EXAMPLES.parent.glob("examples-*.npy"):
        old.unlink()
    vote = ExampleVote(make_embeddings(), cache_dir=EXAMPLES.parent)
    print(f"examples: {len(vote.intents)} vectors written to {EXAMPLES.parent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
