"""Cleaning on the five letters and on small fictitious texts (marked FICTITIOUS)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from core.config import DEFAULT_CORPUS
from ingest.clean import clean
from ingest.text_pages import split_text_pages
from ingest.types import RawDocument

CORPUS = Path(DEFAULT_CORPUS)
LETTERS = sorted(p.name for p in CORPUS.glob("*.txt"))
KST = "2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt"
L2022 = "2023_resultaten-banenafspraak-2022.txt"
NOTA = "2025-10-10_nota-kamerbrief-voortgang-banenafspraak-overheid-2024.txt"
EK = "2025-07-03_eerste-kamer_resultaten-banenafspraken-2024.txt"
L2017 = "2017-09-25_nr-69_banenafspraak-sector-rijk-per-ministerie.txt"


def raw_of(text: str, name: str = "fictitious.txt") -> RawDocument:
    return RawDocument(Path(name), "0" * 64, "text", split_text_pages(text))


@lru_cache(maxsize=None)
def cleaned(name: str):
    return clean(raw_of((CORPUS / name).read_text(encoding="utf-8"), name))


def body(doc) -> str:
    return "\n\n".join(b.text for b in doc.blocks if b.kind != "footnote")


@pytest.mark.parametrize("name", LETTERS)
def test_no_running_heads_and_tidy_white_space(name):
    text = body(cleaned(name))
    for head in ("Pagina 2 van 4", "Onze referentie", "DGDOO", "2025-0000591651"):
        assert head not in text
    assert "\ufffd" not in text and "•" not in text
    assert "  " not in text and " \n" not in text and "\n\n\n" not in text


def test_memo_keeps_its_body_around_the_running_head():
    text = body(cleaned(NOTA))
    assert "- Publieke sectoren: de brief bevat een overzicht" in text
    assert "politie van 54% naar 68%" in text


def test_hyphenation_in_the_letters():
    text = body(cleaned(L2022)) + body(cleaned(KST))
    for joined in ("marktwerkgevers de doelstelling", "overheidswerkgevers waarvoor",
                   "bijbehorende ondersteuning", "projectleidersoverleggen",
                   "Formele dienstverbanden 70.388"):
        assert joined in text
    for kept in ("overheids- en onderwijssectoren", "hebben mbo-scholen hun",
                 "met de andere mbo-scholen"):
        assert kept in text
    assert "marktwerk- gevers" not in text and "marktwerk-gevers" not in text


def test_hyphenation_rules_on_fictitious_text():
    # FICTITIOUS text: the letter itself writes "ABC-regeling" and "zorgverleners"
    text = ("De ABC-regeling geldt voor zorgverleners en Jansen.\n\n"
            "Wij spreken de zorgver-\nleners aan, ook de markt-\nen overheidssector, de ABC-\n"
            "regeling, de XYZ-\nnorm en het Jansen-\nteam over het werkge-\nversbeleid.")
    text = body(clean(raw_of(text)))
    assert "zorgverleners aan" in text
    assert "markt- en overheidssector" in text
    assert "ABC-regeling, de XYZ-norm en het Jansen-team" in text
    assert "werkgeversbeleid" in text


def test_bullets_become_list_items():
    doc = cleaned(KST)
    items = [b.text for b in doc.blocks if b.kind == "item"]
    assert "- De VNG heeft een aantal webinars georganiseerd voor gemeenten. Hierdoor werd " \
           "het mogelijk gemaakt" in "\n".join(items)
    assert "- Publicatie van een inspiratieboek;" in items
    nota_items = [b for b in cleaned(NOTA).blocks if b.kind == "item"]
    assert len(nota_items) == 8
    # FICTITIOUS text
    text = "Wij doen:\n\ufffd een eerste ding dat over twee\n\nregels loopt;\n• een tweede ding."
    items = [b.text for b in clean(raw_of(text)).blocks if b.kind == "item"]
    assert items == ["- een eerste ding dat over twee regels loopt;", "- een tweede ding."]


def test_footnotes_of_the_2023_letter():
    notes = {n.number: n for n in cleaned(KST).footnotes}
    assert sorted(notes, key=int) == ["2", "4", "5", "6", "7", "8", "10", "11", "12", "13"]
    assert notes["7"].page == 4
    assert notes["7"].text.startswith("Fta staat voor Fulltime Arbeidsparticipant oftewel 25,5 uur")
    assert notes["13"].text.startswith("Zes hogescholen")
    assert notes["2"].page == 1
    text = body(cleaned(KST))
    assert "Fta staat voor" not in text and "Zes hogescholen hebben" not in text
    assert "creëren voor de doelgroep banenafspraak. Met name" in text   # body rejoined


def test_footnotes_of_the_2022_letter_with_the_table_note():
    notes = cleaned(L2022).footnotes
    assert [n.number for n in notes] == ["1", "2", "3", "1", "4", "5", "6", "7", "8", "9",
                                         "10", "11", "12"]
    table_note = notes[3]
    assert table_note.page == 3 and table_note.text.startswith("De som van de toename")
    text = body(cleaned(L2022))
    assert "7 juni jl. maatregelen aangekondigd" in text     # a body line, not a footnote
    assert "doelstelling van 92.500 banen2 is met 81.117" in text
    assert "afrondingsverschillen" not in text


def test_superscript_and_multi_line_footnotes():
    ek = cleaned(EK)
    assert [n.number for n in ek.footnotes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert all(n.page is None for n in ek.footnotes)
    assert "Omdat nu stagnatie optreedt" in body(ek)
    assert "de Tweede Kamer daar uitvoeriger" in body(ek)
    note4 = next(n for n in cleaned(L2017).footnotes if n.number == "4")
    assert note4.text.endswith("rapportnr 2017–40.") and "Tweemeting in verband met" in note4.text
    assert next(n for n in cleaned(NOTA).footnotes).text.startswith("Fulltime arbeidsparticipant")


def test_footnote_spans_point_into_the_clean_text():
    for name in LETTERS:
        doc = cleaned(name)
        for note in doc.footnotes:
            assert doc.text[note.char_start:note.char_end] == f"{note.number} {note.text}"


def test_repeated_running_head_block_on_fictitious_memo():
    # FICTITIOUS memo of three pages; the head block is not in any real letter
    head = "Directie Voorbeeld\n\nAfdeling Proef\n\nDatum\n\n1 maart 2030\n\n"
    text = ("Aanleiding\n\nDe eerste pagina vertelt waarom deze nota er is en wat er speelt.\n\n\n\n\n\n"
            f"{head} Pagina 2 van 3\n\nDe tweede pagina gaat verder met het verhaal.\n\n\n\n\n\n"
            f"{head} Pagina 3 van 3\n\nDe derde pagina sluit het verhaal af.\n")
    doc = clean(raw_of(text))
    assert [b.page for b in doc.blocks if b.text.startswith("De ")] == [1, 2, 3]
    for gone in ("Directie Voorbeeld", "Afdeling Proef", "Datum", "1 maart 2030", "Pagina"):
        assert gone not in doc.text
