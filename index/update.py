"""Store, then index: the one path by which letters become searchable.

`python -m ingest`, an upload in the app and the evaluation's set-up all call
store_and_index(): the letters are written to the store (one transaction, ingest_paths), then
the index is brought in line with that same store (only new and changed passages embedded,
build_index). The stages stay separate; this is only their order, written once.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from core.store import Store
from index.build import IndexReport, build_index
from index.vectors import IndexProblem, Progress
from ingest import IngestReport, ingest_paths


@dataclass(frozen=True)
class Stored:
    ingest: IngestReport
    index: IndexReport | None       # None when the index could not be updated
    index_problem: str | None = None   # then: why, in one line (the letters stay stored)

    @property
    def indexed(self) -> bool:
        return self.index is not None


def store_and_index(paths: Iterable[Path | str] | None = None, *, store: Store | None = None,
                    remove: Iterable[str] = (), progress: Callable[[str], None] | None = None,
                    embed_progress: Progress | None = None,
                    stored: Callable[[IngestReport], None] | None = None,
                    standing: str = "official") -> Stored:
    """ingest_paths(paths, remove=...) into `store` (default: BANEN_DATA_DIR's), then
    build_index over the same store. `stored(report)` is called between the two, when the
    letters are in the store and searchable by their figures and BM25.

    Raises what ingest_paths raises (MetadataError, IngestError: nothing changed). An index
    that cannot be updated is not raised: the letters are stored, index_problem says why."""
    own_store = store is None
    store = store or Store()
    try:
        report = ingest_paths(paths, store=store, progress=progress, remove=remove,
                              standing=standing)
        if stored:
            stored(report)
        try:
            built = build_index(store, progress=embed_progress)
        except (IndexProblem, ValueError, OSError) as exc:
            return Stored(report, None, str(exc).splitlines()[0] if str(exc)
                          else type(exc).__name__)
        return Stored(report, built)
    finally:
        if own_store:
            store.close()
