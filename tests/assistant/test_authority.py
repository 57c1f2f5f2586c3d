"""Which statement counts when two disagree: by the document's standing and the statement's
kind, never by file name (an upload named to sort first once overrode Kamerstuk 34 352, nr. 328)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.authority import authoritative, disagreement_notes, in_language
from assistant.figures import FiguresTool
from core.config import DEFAULT_CORPUS
from core.records import Document, Figure
from core.store import Store
from ingest.pipeline import ingest_paths

CORRECTION = ("FICTIEF — testbrief (upload)\n\nCorrectie op de voortgangsrapportage\n\n"
              "Politie\n\nCijfermatige realisatie 2023\nDoel 713 fta\nRealisatie 9.999 fta\n"
              "Realisatiepercentage 54,3%\n")


def _doc(doc_id, date, kamerstuk=None, standing="official", kind="kamerbrief"):
    return Document(doc_id, doc_id, kind, date, int(date[:4]), kamerstuk, None, None,
                    f"/x/{doc_id}.txt", "0" * 64, standing)


def _fig(doc_id, value, kind="block", qualifier=None):
    return Figure("politie", "realisatie", "2023", Decimal(value), "fta", qualifier, doc_id,
                  f"{doc_id}#0001-x", f"Realisatie {value} fta", source_kind=kind)


def test_an_upload_sorting_first_cannot_change_an_official_figure(tmp_path):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "0000-correctie.txt").write_text(CORRECTION, encoding="utf-8")
    with Store(tmp_path / "store.sqlite") as store:
        assert ingest_paths([DEFAULT_CORPUS], store=store).ok
        assert ingest_paths([uploads / "0000-correctie.txt"], store=store, standing="upload").ok
        assert store.document("0000-correctie").standing == "upload"
        result = FiguresTool(store).lookup("politie", "realisatie", "2023")
    assert result.value == Decimal("387")
    assert result.figures[0].figure.doc_id != "0000-correctie"
    note = " ".join(result.notes)
    assert "387" in note and "9.999" in note and "upload" in note
    assert "9.999" in in_language(result.notes[0], "nl")


def test_a_table_or_block_outranks_prose_of_the_same_standing():
    docs = {"a": _doc("a", "2024-12-13", "34 352, nr. 328")}
    best = authoritative([_fig("a", "390", kind="prose"), _fig("a", "387", kind="table")], docs)
    assert best.value == Decimal("387")


def test_a_numbered_kamerstuk_outranks_an_unnumbered_memo_even_when_later():
    docs = {"kst": _doc("kst", "2024-12-13", "34 352, nr. 328"),
            "nota": _doc("nota", "2025-10-10", kind="nota")}
    assert authoritative([_fig("nota", "401"), _fig("kst", "387")], docs).doc_id == "kst"


def test_the_later_official_letter_corrects_an_earlier_one():
    docs = {"old": _doc("old", "2024-12-13", "34 352, nr. 328"),
            "new": _doc("new", "2025-07-03", "34 352, nr. 340")}
    best, notes = disagreement_notes([_fig("old", "387"), _fig("new", "395")], docs)
    assert best.doc_id == "new" and len(notes) == 1 and "387" in notes[0]


def test_where_statements_agree_the_exact_one_counts_not_the_later_rounded_one():
    docs = {"old": _doc("old", "2024-12-13", "34 352, nr. 328"),
            "new": _doc("new", "2025-07-03", "34 352, nr. 340")}
    exact = replace(_fig("old", "387.4"))
    rough = _fig("new", "387", qualifier="circa")
    best, notes = disagreement_notes([rough, exact], docs)
    assert best.value == Decimal("387.4") and notes == []


def test_file_order_does_not_decide():
    docs = {"0000-a": _doc("0000-a", "2024-01-01", standing="upload"),
            "zzz": _doc("zzz", "2023-01-01", "34 352, nr. 300")}
    for order in ([_fig("0000-a", "9999"), _fig("zzz", "387")],
                  [_fig("zzz", "387"), _fig("0000-a", "9999")]):
        assert authoritative(order, docs).doc_id == "zzz"
