"""A real store filled by the real ingest (ingest_paths) with corpus/ and the fictitious
letters; the PDF letter is generated here with reportlab from its fixture text."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.config import DEFAULT_CORPUS
from core.store import Store
from ingest.pipeline import ingest_paths
from tests.pdfgen import text_to_pdf

LETTERS = Path(__file__).resolve().parent.parent / "fixtures" / "letters"


@pytest.fixture(scope="session")
def fig_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figures-data")
    pdf = text_to_pdf(folder / "fictief-resultaten-2030.pdf",
                      (LETTERS / "fictief-resultaten-2030.txt").read_text(encoding="utf-8"))
    with Store(folder / "store.sqlite") as store:
        report = ingest_paths([DEFAULT_CORPUS, LETTERS / "fictief-voortgang-sectoren-2031.txt",
                               LETTERS / "fictief-resultaten-2032.txt", pdf], store=store)
        assert report.ok, report.summary()
        yield store


def doc_id_like(store: Store, fragment: str) -> str:
    ids = [d.doc_id for d in store.documents() if fragment in d.doc_id]
    assert len(ids) == 1, (fragment, ids)
    return ids[0]


def values(store: Store, doc_fragment: str, **where) -> dict[tuple, str]:
    """(subject, metric, period, qualifier) -> value as str, for one document; where a letter
    states one twice (block and prose), the first statement (the block's)."""
    doc = doc_id_like(store, doc_fragment)
    out: dict[tuple, str] = {}
    for f in store.figures(doc_id=doc, **where):
        out.setdefault((f.subject, f.metric, f.period, f.qualifier), str(f.value))
    return out
