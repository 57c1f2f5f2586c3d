"""Questions about the counts beside the extra jobs, answered from the figures table (no
retriever: figure questions never need one), on the corpus and on a fictitious letter."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.assistant import Assistant


@pytest.fixture(scope="module")
def assistant(fig_store):
    return Assistant(fig_store)


def stated(answer, subject, metric, period):
    return {f.figure.value for f in answer.figures
            if (f.figure.subject, f.figure.metric) == (subject, metric)
            and period in (None, f.figure.period)}


@pytest.mark.parametrize("question, subject, metric, period, value", [
    ("Hoeveel banen waren er eind 2032 in totaal, inclusief de nulmeting?",
     "totaal", "totaal_banen", "2032", "171903"),
    ("How large was the backlog against the target at the end of 2032?",
     "totaal", "achterstand", "2032", "18000"),
    ("Welk deel van de inleenverbanden werd eind 2032 aan de overheid toegerekend?",
     "overheid", "verdeelsleutel", "2032", "30.2"),
    ("Hoe waren de inleenverbanden tijdens de nulmeting verdeeld over markt en overheid?",
     "markt", "verdeelsleutel", "2012", "76.0"),
    # lower case: a capitalised "Wsw" is taken for a name the letters never use (evidence.py)
    ("Met hoeveel banen is het aantal banen via wsw-detacheringen eind 2032 afgenomen ten "
     "opzichte van de nulmeting?", "totaal", "wsw_detacheringen", "2032", "-13450"),
    ("How many jobs were added in 2032 compared with 2031?", "totaal", "groei", "2032", "6412"),
    ("Hoeveel uur per week telt als één baan?", "fta", "definitie", None, "25.5"),
    ("Hoeveel van de 512 fta van de politie in 2032 liep via inhuur?",
     "politie", "inleenverbanden", "2032", "64"),
])
def test_new_metrics_are_answered_exactly_with_their_source(assistant, question, subject,
                                                            metric, period, value):
    answer = assistant.ask(question)
    assert answer.status == "answered", answer.text
    assert Decimal(value) in stated(answer, subject, metric, period), answer.text
    assert answer.citations and all(c.text for c in answer.citations)


def test_a_range_is_answered_with_both_ends_and_no_disagreement(assistant):
    answer = assistant.ask("Hoeveel banen in de marktsector waren er in het derde kwartaal van "
                           "2032 vanwege inkoop?")
    assert stated(answer, "markt", "sroi", "2032-Q3") == {Decimal(12500), Decimal(14000)}
    assert "12.500" in answer.text and "14.000" in answer.text
    assert not [n for n in answer.notes if "disagree" in n]


def test_sroi_asked_with_the_percentage_gives_the_percentage_with_sroi(assistant):
    answer = assistant.ask("Hoeveel fta realiseerde Defensie in 2023 via SROI en wat is dan "
                           "het realisatiepercentage?")
    pct = [f.figure for f in answer.figures if f.figure.metric == "realisatiepercentage"]
    assert any(f.value == Decimal("90.5") and "SROI" in (f.qualifier or "") for f in pct)
    assert Decimal("235.8") in stated(answer, "defensie", "sroi", "2023")
