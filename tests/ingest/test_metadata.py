"""Document metadata read from the five letters, the overrides of corpus/metadata.json, and a
fictitious letter (marked FICTITIOUS)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.config import DEFAULT_CORPUS
from ingest.metadata import doc_id_for, read_metadata
from ingest.text_pages import split_text_pages
from ingest.types import RawDocument

CORPUS = Path(DEFAULT_CORPUS)
OVERRIDES = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))


def raw_of(path: Path, text: str | None = None) -> RawDocument:
    text = path.read_text(encoding="utf-8") if text is None else text
    return RawDocument(path, "0" * 64, "text", split_text_pages(text))


def read(name: str, overrides: bool = True):
    return read_metadata(raw_of(CORPUS / name), OVERRIDES.get(name) if overrides else None)


@pytest.mark.parametrize("name, date, year, kamerstuk, recipient, kind", [
    ("2017-09-25_nr-69_banenafspraak-sector-rijk-per-ministerie.txt",
     "2017-09-25", 2017, None, "Tweede Kamer", "kamerbrief"),
    ("2023_resultaten-banenafspraak-2022.txt", None, 2023, None, "Tweede Kamer", "kamerbrief"),
    ("2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt",
     "2024-12-13", 2024, "34 352, nr. 328", "Tweede Kamer", "kamerbrief"),
    ("2025-07-03_eerste-kamer_resultaten-banenafspraken-2024.txt",
     "2025-07-03", 2025, "34 352, X", "Eerste Kamer", "kamerbrief"),
    ("2025-10-10_nota-kamerbrief-voortgang-banenafspraak-overheid-2024.txt",
     "2025-10-10", 2025, None, "minister van BZK", "nota"),
])
def test_metadata_of_the_letters(name, date, year, kamerstuk, recipient, kind):
    doc = read(name)
    assert (doc.date, doc.year, doc.kamerstuk, doc.recipient, doc.kind) == \
        (date, year, kamerstuk, recipient, kind)
    assert doc.title == OVERRIDES[name]["title"]
    assert doc.doc_id == doc_id_for(CORPUS / name)
    assert doc.source_path.endswith(name)


def test_read_from_the_letters_without_overrides():
    kst = read("2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt", False)
    assert kst.sender == "Minister van Binnenlandse Zaken en Koninkrijksrelaties (J.J.M. Uitermark)"
    assert kst.title.startswith("Uitvoering en evaluatie Participatiewet: Brief van de minister")
    ek = read("2025-07-03_eerste-kamer_resultaten-banenafspraken-2024.txt", False)
    assert ek.sender == "Staatssecretaris Participatie en Integratie (J.N.J. Nobel)"
    letter_2017 = read("2017-09-25_nr-69_banenafspraak-sector-rijk-per-ministerie.txt", False)
    assert letter_2017.kamerstuk is None and letter_2017.title.startswith("Nr. 69")
    assert letter_2017.sender.endswith("(R.H.A. Plasterk)")
    letter_2022 = read("2023_resultaten-banenafspraak-2022.txt", False)
    assert letter_2022.date is None and letter_2022.year is None
    assert letter_2022.sender == \
        "Minister voor Armoedebeleid, Participatie en Pensioenen (C.J. Schouten)"
    nota = read("2025-10-10_nota-kamerbrief-voortgang-banenafspraak-overheid-2024.txt", False)
    assert (nota.kind, nota.date, nota.recipient) == ("nota", "2025-10-10", None)


def test_overrides_win_and_an_unknown_date_keeps_the_year(tmp_path):
    # FICTITIOUS letter
    path = tmp_path / "Brief Proef (2030).txt"
    text = ("12 345  Voorbeeldwet\nNr. 7  Brief van de minister van Proefzaken\n"
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
            "Den Haag, 2 februari 2030\n\nDe tekst van de brief.\n\n"
            "De Minister van Proefzaken,\nA.B. Voorbeeld\n")
    raw = raw_of(path, text)
    doc = read_metadata(raw, None)
    assert doc.doc_id == "brief-proef-2030"
    assert (doc.kamerstuk, doc.date, doc.year) == ("12 345, nr. 7", "2030-02-02", 2030)
    assert doc.sender == "Minister van Proefzaken (A.B. Voorbeeld)"
    assert doc.title == "Voorbeeldwet: Brief van de minister van Proefzaken"
    doc = read_metadata(raw, {"date": None, "year": 2029, "title": "Proef", "kind": "bijlage"})
    assert (doc.date, doc.year, doc.title, doc.kind) == (None, 2029, "Proef", "bijlage")
    doc = read_metadata(raw, {"date": "2031-05-06"})
    assert (doc.date, doc.year) == ("2031-05-06", 2031)
