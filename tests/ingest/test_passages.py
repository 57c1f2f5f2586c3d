"""Passages of the five letters: sections, sector blocks, tables, spans, ids and sizes; and the
sizing rules on a fictitious text (marked FICTITIOUS)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from core.config import DEFAULT_CORPUS
from ingest.clean import clean
from ingest.metadata import doc_id_for
from ingest.passages import make_passages
from ingest.text_pages import split_text_pages
from ingest.types import RawDocument

CORPUS = Path(DEFAULT_CORPUS)
LETTERS = sorted(p.name for p in CORPUS.glob("*.txt"))
KST = "2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt"
L2022 = "2023_resultaten-banenafspraak-2022.txt"
EK = "2025-07-03_eerste-kamer_resultaten-banenafspraken-2024.txt"


def passages_from(text: str, name: str = "fictitious.txt"):
    path = Path(name)
    doc = clean(RawDocument(path, "0" * 64, "text", split_text_pages(text)))
    return doc, make_passages(doc_id_for(path), doc)


@lru_cache(maxsize=None)
def of(name: str):
    return passages_from((CORPUS / name).read_text(encoding="utf-8"), name)


def body(name: str):
    return [p for p in of(name)[1] if p.kind == "body"]


SECTORS = {   # heading: (doel, realisatie, realisatiepercentage) as the 2023 letter states them
    "Rijksoverheid": ("5.637 fta", "4.517 fta", "80%"),
    "Defensie": ("822 fta", "508,5 fta", "61,9%"),
    "Gemeenten": ("5.250 fta", "6.320 fta", "120,4%"),
    "Provincies": ("458,3 fta", "395,5 fta", "86,3%"),
    "Waterschappen": ("552 fta", "329 fta", "56,6%"),
    "Politie": ("713 fta", "387 fta", "54,3%"),
    "Universitaire medische centra (umc’s)": ("2.483 fta", "506 fta", "20%"),
    "Primair onderwijs": ("5.845 fta", "1.290 fta", "22%"),
    "Voortgezet onderwijs": ("3.809 fta", "840 fta", "22%"),
    "Middelbaar beroepsonderwijs": ("+/- 1.900 fta", "+/- 700 fta", "+/- 37%"),
    "Hoger beroepsonderwijs": ("1.685 fta", "498 fta", "30%"),
    "Wetenschappelijk onderwijs": ("2.514 fta", "1.040 fta", "41%"),
    "Onderzoeksinstellingen": ("113 fta", "49 fta", "44%"),
}


@pytest.mark.parametrize("sector", SECTORS)
def test_every_sector_block_is_one_passage(sector):
    doel, realisatie, percentage = SECTORS[sector]
    holding = [p for p in body(KST) if f"Doel {doel}" in p.text]
    assert len(holding) == 1
    passage = holding[0]
    assert passage.section == sector
    assert passage.text.startswith(sector) or f"\n{sector}\n" in passage.text
    assert f"Realisatie {realisatie}" in passage.text
    assert f"Realisatiepercentage {percentage}" in passage.text
    assert "Cijfermatige realisatie 2023" in passage.text


def test_rijksoverheid_block_across_page_break_and_footnote():
    passage = next(p for p in body(KST) if "Doel 5.637 fta" in p.text)
    assert passage.page == 4
    assert "Het Rijk laat een stijging zien t.o.v. 2022 (realisatiepercentage van 74%)." \
        in passage.text
    assert "Fta staat voor" not in passage.text


def test_politie_block_is_on_page_9_with_its_explanation():
    passage = next(p for p in body(KST) if "Doel 713 fta" in p.text)
    assert passage.page == 9
    assert "De politie heeft een realisatie van 387 fta" in passage.text


def test_sub_headings_do_not_replace_the_section():
    sections = {p.section for p in body(KST)}
    assert "Algemeen beeld" not in sections and "Cijfermatige realisatie 2023" not in sections
    blauwe_baan = next(p for p in body(KST) if "De Blauwe Baan" in p.text)
    assert blauwe_baan.section == "Politie"
    assert blauwe_baan.text.startswith("Algemeen beeld")


def test_tables_stay_one_passage_row_by_row():
    table_2022 = [p for p in body(L2022) if "Tabel 1:" in p.text]
    assert len(table_2022) == 1
    rows = table_2022[0].text.split("\n")
    assert "Formele dienstverbanden 70.388 8.874 79.2621" in rows
    assert "Totaal 71.113 10.004 81.117" in rows
    assert "Doelstelling Sociaal Akkoord (70.000) (22.500) (92.500)" in rows
    table_ek = [p for p in body(EK) if "Tabel 1:" in p.text]
    assert len(table_ek) == 1
    rows = table_ek[0].text.split("\n")
    assert "Inleenverbanden (uitzendrelaties en Wsw-detacheringen)\t- 3.853\t- 158\t- 4.011" in rows
    assert "Totaal\t77.143\t12.474\t89.616" in rows


@pytest.mark.parametrize("name", LETTERS)
def test_spans_are_exact_and_cover_the_body(name):
    doc, passages = of(name)
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    for p in passages:
        assert doc.text[p.char_start:p.char_end] == p.text
    spans = [(p.char_start, p.char_end) for p in passages]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))       # in order, no overlap
    covered = "".join(doc.text[a:b] for a, b in spans)
    assert len(re.sub(r"\s", "", covered)) == len(re.sub(r"\s", "", doc.text))


@pytest.mark.parametrize("name", LETTERS)
def test_passage_ids_are_stable(name):
    first = [p.passage_id for p in of(name)[1]]
    again = [p.passage_id for p in passages_from((CORPUS / name).read_text(encoding="utf-8"),
                                                 name)[1]]
    assert first == again and len(set(first)) == len(first)
    assert all(pid.startswith(doc_id_for(Path(name)) + "#") for pid in first)


def test_passage_sizes():
    sizes = [len(p.text.split()) for name in LETTERS for p in body(name)]
    within = sum(1 for n in sizes if 40 <= n <= 200)
    assert within >= 0.8 * len(sizes)
    assert max(sizes) <= 260


@pytest.mark.parametrize("name", LETTERS)
def test_footnotes_are_passages_on_their_page(name):
    doc, passages = of(name)
    notes = [p for p in passages if p.kind == "footnote"]
    assert [(p.page, p.text) for p in notes] == \
        [(n.page, f"{n.number} {n.text}") for n in doc.footnotes]
    assert all(p.section.startswith("voetnoot ") for p in notes)


def test_footnote_7_passage_on_page_4():
    note = next(p for p in of(KST)[1] if p.kind == "footnote" and p.text.startswith("7 "))
    assert note.page == 4 and "25,5 uur" in note.text and note.section == "voetnoot 7"


def test_sizing_rules_on_fictitious_text():
    # FICTITIOUS letter: a long paragraph is split at sentence ends, tiny ones are merged
    sentence = "Dit is een zin van precies tien woorden voor de test. "
    long_para = sentence * 45                                   # 450 words
    text = (f"Eerste deel\n\nKort stukje.\n\nNog een kort stukje.\n\n{long_para.strip()}\n\n"
            "Tweede deel\n\nAlleen dit.")
    doc, passages = passages_from(text)
    sections = [p.section for p in passages]
    assert sections[0] == "Eerste deel" and sections[-1] == "Tweede deel"
    first = passages[0]
    assert "Kort stukje." in first.text and "Nog een kort stukje." in first.text
    long_parts = [p for p in passages if p.section == "Eerste deel"]
    assert all(len(p.text.split()) <= 200 for p in long_parts)
    assert all(p.text.rstrip().endswith(".") for p in long_parts)
    assert "Alleen dit." in passages[-1].text and "Tweede deel" in passages[-1].text
