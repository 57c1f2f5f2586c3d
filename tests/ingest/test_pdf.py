"""A PDF made from the 2023 letter's Rijksoverheid and Politie pages goes through the whole
ingest: pages numbered from 1, passages carrying them, running heads and feet gone, a word
broken at a line end joined again, and the footnote that falls inside the Rijksoverheid block
taken out of it."""
from __future__ import annotations

import re

import pytest

from core.config import DEFAULT_CORPUS
from ingest import ingest_paths
from ingest.readers import read_document
from tests.pdfgen import PdfPage, break_word, write_letter_pdf

KST = DEFAULT_CORPUS / "2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt"
HEAD = "Tweede Kamer, vergaderjaar 2024–2025, 34 352, nr. 328"
FOOT = "Pagina {n} van {m}"


def _lines(first: str, last: str) -> list[str]:
    """The letter's lines from the one starting with `first` to the next starting with `last`.

    Empty lines are what the text extraction left of page breaks and are dropped; lines of
    white space are the letter's paragraph gaps and stay as gaps.
    """
    lines = KST.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    stop = next(i for i in range(start, len(lines)) if lines[i].startswith(last))
    return [line.rstrip() for line in lines[start:stop + 1] if line != ""]


@pytest.fixture(scope="module")
def kst_pdf(tmp_path_factory):
    opening = break_word(_lines("Algemeen beeld", "wordt voor deze mensen."),
                         "marktwerkgevers", 9)
    # A fragment is a letter of its own: its one footnote (the letter's 7th) is numbered 1.
    sectors = [line.replace("fta.7 ", "fta.1 ") for line in _lines("Realisatie per sector", "fta")]
    note = _lines("7 Fta staat voor", "Sindsdien is dit")
    pages = [
        PdfPage(opening + [""] + sectors, footnotes=["1" + note[0][1:]] + note[1:]),
        PdfPage(_lines("Realisatie 4.517", "met deze brief wordt verzonden.") + [""]
                + _lines("Politie", "dienstverbanden. Deze vermindering")),
        PdfPage(_lines("overschrijding van het budget", "groei naar verwachting weer toe")),
    ]
    path = tmp_path_factory.mktemp("pdf") / "kst-34352-328-fragment.pdf"
    return write_letter_pdf(path, pages, head=HEAD, foot=FOOT)


@pytest.fixture(scope="module")
def ingested(kst_pdf, tmp_path_factory):
    from core.store import Store
    with Store(tmp_path_factory.mktemp("data") / "store.sqlite") as store:
        report = ingest_paths([kst_pdf], store=store)
        yield report, store.document(report.added[0]), store.passages(report.added[0])


def test_the_generated_pdf_has_what_the_letter_has_where_it_has_it(kst_pdf):
    raw = read_document(kst_pdf)
    assert [p.number for p in raw.pages] == [1, 2, 3]
    one, two, three = (p.text for p in raw.pages)
    assert "Doel 5.637" in one and "Fulltime Arbeidsparticipant" in one and "marktwerk-\n" in one
    assert "Wajong’er" in one and "creëren" in one
    assert "Realisatie 4.517" in two and "Doel 713 fta" in two
    assert "overschrijding van het budget" in three and "(De Blauwe Baan)" in three
    assert all(HEAD in t for t in (one, two, three)) and "Pagina 3 van 3" in three


def test_pdf_ingests_with_pages_from_one_on_every_passage(ingested):
    report, doc, passages = ingested
    assert not report.rejected and len(report.added) == 1
    assert doc.source_path.endswith(".pdf")
    assert passages and all(p.page in (1, 2, 3) for p in passages)
    assert passages[0].page == 1
    assert {p.page for p in passages} == {1, 2, 3}
    politie = [p for p in passages if "Doel 713 fta" in p.text]
    assert [p.page for p in politie] == [2]
    # A paragraph running over a page break starts on page 2; the next section on page 3.
    assert [p.page for p in passages if "(De Blauwe Baan)" in p.text] == [3]


def test_no_running_head_or_foot_in_any_passage(ingested):
    _, _, passages = ingested
    for p in passages:
        assert "vergaderjaar" not in p.text, p.text
        assert not re.search(r"Pagina \d+ van \d+", p.text), p.text


def test_word_broken_at_a_line_end_is_joined(ingested):
    _, _, passages = ingested
    text = " ".join(p.text for p in passages)
    assert "marktwerkgevers" in text and "marktwerk-" not in text
    assert "overheidswerkgevers" in text


def test_footnote_inside_the_rijksoverheid_block_is_its_own_passage(ingested):
    _, _, passages = ingested
    block = [p for p in passages if "Doel 5.637" in p.text]
    assert len(block) == 1
    assert "Realisatie 4.517" in block[0].text and "80%" in block[0].text
    assert "Arbeidsparticipant" not in block[0].text
    notes = [p for p in passages if "Fulltime Arbeidsparticipant" in p.text]
    assert len(notes) == 1 and notes[0].kind == "footnote" and notes[0].page == 1
