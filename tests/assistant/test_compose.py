"""Composing answer text: numbers the reader's way, the direct sentence, cited quotes."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant import compose as C
from core.records import Citation, Figure, SourcedFigure

SOURCE = Citation("kst-328", "Voortgang", "34 352, nr. 328", "2024-12-13", 2024, 9, "Politie",
                  "kst-328#0025", "Doel 713 fta Realisatie 387 fta Realisatiepercentage 54,3%")


def sourced(metric: str, value: str, unit: str, quote: str, qualifier=None) -> SourcedFigure:
    return SourcedFigure(Figure("politie", metric, "2023", Decimal(value), unit, qualifier,
                                "kst-328", "kst-328#0025", quote), SOURCE)


@pytest.mark.parametrize("value, nl, en", [
    ("5078", "5.078", "5,078"), ("54.3", "54,3", "54.3"), ("125000", "125.000", "125,000"),
    ("-1838", "-1.838", "-1,838"), ("387", "387", "387"), ("1234567.5", "1.234.567,5",
                                                            "1,234,567.5"),
])
def test_numbers_are_written_the_languages_way(value, nl, en):
    assert C.number(Decimal(value), "nl") == nl
    assert C.number(Decimal(value), "en") == en


def test_amounts_carry_unit_and_rounding_word():
    assert C.amount(Decimal("54.3"), "%", "nl") == "54,3%"
    assert C.amount(Decimal("85000"), "banen", "en", "ruim") == "more than 85,000 jobs"
    assert C.amount(Decimal("700"), "fta", "nl", "circa") == "circa 700 fta"


@pytest.mark.parametrize("lang, expected", [
    ("en", "In 2023 the police realised 387 fta [1], 54.3% [1] of its 713 fta target [1]."),
    ("nl", "In 2023 realiseerde de politie 387 fta [1], 54,3% [1] van het doel van 713 fta [1]."),
])
def test_realisation_sentence_in_both_languages(lang, expected):
    src = C.Sources()
    real = sourced("realisatie", "387", "fta", "Realisatie 387 fta")
    pct = sourced("realisatiepercentage", "54.3", "%", "Realisatiepercentage 54,3%")
    doel = sourced("doel", "713", "fta", "Doel 713 fta")
    assert C.realisation_sentence(real, pct, doel, src, lang) == expected
    block = src.block(lang)
    assert block.splitlines()[1].startswith(f"[1] {SOURCE.label()}: “Realisatie 387 fta")
    assert len(src.citations) == 1          # one passage, cited once


def test_difference_sentence_signs_a_fall_and_uses_percentage_points():
    src = C.Sources()
    a = SourcedFigure(Figure("hbo", "realisatiepercentage", "2022", Decimal("37"), "%", None,
                             "d", "p1", "37%"), SOURCE)
    b = SourcedFigure(Figure("hbo", "realisatiepercentage", "2023", Decimal("30"), "%", None,
                             "d", "p2", "30%"), SOURCE)
    text = C.difference_sentence(a, b, Decimal("-7"), "change", src, "en")
    assert "fell by 7 percentage points" in text and "from 37% [1] to 30% [1]" in text


def test_assemble_puts_notes_after_sources():
    src = C.Sources()
    lead = C.figure_sentence(sourced("doel", "713", "fta", "Doel 713 fta"), src, "nl")
    text = C.assemble([lead], src, ["twee bronnen verschillen"], "nl")
    head, sources, notes = text.split("\n\n")
    assert head == "In 2023 was het doel van de politie 713 fta [1]."
    assert sources.startswith("Bronnen:") and notes == "Let op: twee bronnen verschillen"
