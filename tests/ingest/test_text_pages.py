"""Page inference for plain text extracted from PDFs, on the five letters and on small
fictitious texts (marked FICTITIOUS) for each rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.config import DEFAULT_CORPUS
from ingest.text_pages import split_text_pages

CORPUS = Path(DEFAULT_CORPUS)
KST = "2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt"


def pages_of(name: str):
    return split_text_pages((CORPUS / name).read_text(encoding="utf-8"))


def first_text(page) -> str:
    return next(line.strip() for line in page.text.split("\n") if line.strip())


@pytest.mark.parametrize("name, count", [
    ("2017-09-25_nr-69_banenafspraak-sector-rijk-per-ministerie.txt", 3),
    ("2023_resultaten-banenafspraak-2022.txt", 7),
    (KST, 20),
    ("2025-10-10_nota-kamerbrief-voortgang-banenafspraak-overheid-2024.txt", 4),
])
def test_page_counts_and_numbers(name, count):
    text = (CORPUS / name).read_text(encoding="utf-8")
    pages = split_text_pages(text)
    assert len(pages) == count
    assert [p.number for p in pages] == list(range(1, count + 1))
    assert "\n".join(p.text for p in pages) == text          # nothing lost or added
    full = [p for p in pages[:-1] if sum(1 for l in p.text.split("\n") if l.strip()) >= 20]
    assert len(full) >= len(pages) // 2                      # pages of plausible length


def test_eerste_kamer_letter_has_no_page_signals():
    pages = pages_of("2025-07-03_eerste-kamer_resultaten-banenafspraken-2024.txt")
    assert [p.number for p in pages] == [None]


def test_known_page_starts():
    kst = pages_of(KST)
    assert first_text(kst[1]).startswith("banenafspraak. Met name in het onderwijs")
    assert first_text(kst[4]).startswith("Realisatie 4.517")
    politie = next(p for p in kst if "\nPolitie" in p.text)
    assert politie.number == 9
    letter_2022 = pages_of("2023_resultaten-banenafspraak-2022.txt")
    assert first_text(letter_2022[2]).startswith("Tabel 1: Resultaten eind 2022")
    assert first_text(letter_2022[4]).startswith("geven van het uitbetaalde bedrag")
    nota = pages_of("2025-10-10_nota-kamerbrief-voortgang-banenafspraak-overheid-2024.txt")
    assert "Pagina 2 van 4" in nota[1].text and nota[1].number == 2


def test_footnote_with_leading_space_is_not_a_page_start():
    # FICTITIOUS text
    text = "Eerste regel van de brief\nlopende tekst voor de\n 2 Voetnoot over iets\n verder op de volgende pagina."
    pages = split_text_pages(text)
    assert len(pages) == 2
    assert "2 Voetnoot" in pages[0].text
    assert pages[1].text.startswith(" verder")


def test_blank_run_breaks_a_page_and_leading_blanks_do_not():
    # FICTITIOUS text
    text = "\n \n\n \n\nPagina een tekst\nmeer tekst\n\n\n \n\n \n\nPagina twee tekst"
    pages = split_text_pages(text)
    assert [p.number for p in pages] == [1, 2]
    assert pages[1].text == "Pagina twee tekst"


def test_page_label_sets_the_number():
    # FICTITIOUS text: the first page of a memo carries no label, the third says it is page 5
    text = "Aanleiding\ntekst\n\n\n\n\n\nHoofd\n Pagina 5 van 6\ntekst\n volgende pagina"
    pages = split_text_pages(text)
    assert [p.number for p in pages] == [1, 5, 6]


def test_text_without_signals_is_one_page_of_unknown_number():
    # FICTITIOUS text
    pages = split_text_pages("Een brief.\n\nMet twee alinea's.\n")
    assert len(pages) == 1 and pages[0].number is None
