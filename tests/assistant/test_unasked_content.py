"""A number is given only for what was asked: content the parse does not place (a payment, a
programme), a year the letters do not report on, and a year outside the agreement's years
all lead away from the figures table, to a quoted amount or to not_found.

The phrasings are in no question file; expected years come from the stored figures."""
from __future__ import annotations

import pytest

from assistant import compose as C
from assistant.understand import understand


@pytest.mark.parametrize("text", [
    "Hoeveel werd er in 2022 in totaal aan premiekortingen voor werkgevers uitgekeerd?",
    "How much was spent in 2023 on the subsidies for job coaches in total?",
])
def test_an_amount_of_something_no_figure_is_of_is_never_a_figure_of_the_table(assistant,
                                                                               text):
    q = understand(text)
    assert q.about_other_things and not q.metrics
    answer = assistant.ask(text)
    # whatever the passages say, no stored figure of jobs answers it
    assert not answer.figures, answer.text


@pytest.mark.parametrize("text, year", [
    ("Wat realiseerden de gemeenten in 1995?", 1995),
    ("How many fta did defence realise in 1987?", 1987),
    ("Hoeveel banen had het Rijk eind 2061?", 2061),
])
def test_a_year_outside_the_agreement_s_years_is_read_and_not_found(assistant, text, year):
    assert understand(text).years == [year]
    answer = assistant.ask(text)
    assert answer.status == "not_found" and str(year) in answer.text


def test_a_number_before_a_unit_is_an_amount_not_a_year():
    assert understand("Welke sector kwam in 2023 op 1990 fta uit?").years == [2023]


def test_an_amount_asked_for_a_year_no_sentence_states_is_not_found(assistant, corpus_store):
    reported = {int(f.period[:4]) for f in corpus_store.figures(None, None)}
    year = max(reported) + 1
    text = f"Welk quotumpercentage moesten overheidswerkgevers in {year} halen?"
    assert understand(text).asks_amount
    answer = assistant.ask(text)
    assert answer.status == "not_found", answer.text


def test_a_stop_after_an_abbreviation_ends_no_sentence():
    text = ("Er is een groei in het aantal banen t.o.v. 2022 (963 fta). Dat is mooi. "
            "Zie o.a. de bijlage. Einde.")
    assert C.sentences(text) == ["Er is een groei in het aantal banen t.o.v. 2022 (963 fta).",
                                 "Dat is mooi.", "Zie o.a. de bijlage.", "Einde."]
