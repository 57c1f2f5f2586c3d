"""Kinds of question that arrived in the outside sets dev38 and dev39 and failed, each tried in
phrasings no question file contains; the numbers come from the stored figures:
- a verb or a comparative after "hoeveel" names nothing counted ("hoeveel zaten", "hoeveel
  groter");
- the gap between target and realisation in plain words ("tussen het doel en de realisatie",
  "doel-realisatie", "rate of meeting its target");
- a decline in the asker's word ("terugval"), a gloss inside a name ("(Wsw)"), the nulmeting
  by its other names, a change against a year in the second ask, "both" after a statement;
- a member named by a possessive ("Amsterdam's") is not the sector.
"""
from __future__ import annotations

import pytest

from assistant.understand import understand
from core.aliases import find_metrics
from tests.assistant.stored import states, table_value, values


def test_a_verb_after_hoeveel_names_nothing_counted(assistant, corpus_store):
    text = "Hoeveel lagen de markt en de overheid eind 2022 boven of onder hun doel?"
    assert understand(text).counted is None
    answer = assistant.ask(text)
    for subject, metric in (("markt", "extra_banen"), ("overheid", "extra_banen")):
        gap = abs(table_value(corpus_store, subject, metric, "2022")
                  - table_value(corpus_store, subject, "doel", "2022"))
        assert states(answer.text, gap), answer.text


@pytest.mark.parametrize("text, subjects, metric, period", [
    ("Hoeveel groter was de groei bij de markt in 2024 dan bij de overheid?",
     ("markt", "overheid"), "groei", "2024"),
    ("Hoeveel hoger lag het realisatiepercentage van de gemeenten in 2023 dan dat van de "
     "provincies?", ("gemeenten", "provincies"), "realisatiepercentage", "2023"),
])
def test_how_much_larger_is_a_difference(assistant, corpus_store, text, subjects, metric, period):
    a, b = (max(values(corpus_store, s, metric, period)) for s in subjects)
    answer = assistant.ask(text)
    assert states(answer.text, a - b), answer.text


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel fta lag er in 2023 tussen het doel en de realisatie van de politie?", "politie"),
    ("How many fta lay between Defence's target and its realisation in 2023?", "defensie"),
    ("provincies 2023 doel-realisatie verschil", "provincies"),
])
def test_the_gap_between_target_and_realisation(assistant, corpus_store, text, subject):
    gap = table_value(corpus_store, subject, "doel", "2023") - table_value(
        corpus_store, subject, "realisatie", "2023")
    assert understand(text).shortfall
    answer = assistant.ask(text)
    assert states(answer.text, abs(gap)), answer.text


def test_the_rate_of_meeting_a_target_is_the_percentage(assistant, corpus_store):
    text = "Which sector had the lowest rate of meeting its jobs target in 2023?"
    assert understand(text).metrics == ["realisatiepercentage"]
    answer = assistant.ask(text)
    lowest = min(table_value(corpus_store, f.figure.subject, "realisatiepercentage", "2023")
                 for f in answer.figures)
    assert states(answer.citations[0].text, lowest), answer.text


@pytest.mark.parametrize("text", [
    "Wat verklaart de terugloop bij de politie in 2023?",
    "Hoe valt de achteruitgang bij de politie in 2023 te verklaren?",
])
def test_a_decline_in_the_askers_word_finds_the_reasons(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any("politie" in (c.section or "").lower() for c in answer.citations[:5])


@pytest.mark.parametrize("text", [
    "How close did Utrecht's city government come to its target in 2023?",
    "What did Rotterdam's municipality achieve in 2023?",
])
def test_a_member_named_by_a_possessive_is_not_the_sector(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


def test_a_gloss_in_brackets_inside_a_name():
    assert find_metrics("the sheltered-employment (Wsw) secondments") == ["wsw_detacheringen"]


def test_a_fall_since_the_baseline_by_its_other_name_and_in_one_year(assistant, corpus_store):
    text = ("How far have the sheltered-workshop (Wsw) secondments fallen since the zero "
            "measurement, and how large was the fall in 2024 alone?")
    answer = assistant.ask(text)
    assert states(answer.text, {abs(v) for v in values(corpus_store, "totaal",
                                                       "wsw_detacheringen", "2024")})
    assert states(answer.text, {abs(v) for v in values(corpus_store, "totaal",
                                                       "groei_wsw_detacheringen", "2024")})


def test_a_change_against_a_year_in_the_second_ask(assistant, corpus_store):
    text = ("Hoeveel fta kwam het wo in 2023 tekort op het doel, en met hoeveel fta nam het aantal "
            "banen toe ten opzichte van 2022?")
    change = table_value(corpus_store, "wo", "realisatie", "2023") - max(
        values(corpus_store, "wo", "realisatie", "2022"))
    answer = assistant.ask(text)
    assert states(answer.text, change), answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel fta en welk realisatiepercentage haalde Defensie in 2023?",
    "What number of fta and what realisation rate did Defence reach in 2023?",
])
def test_a_count_asked_beside_the_share(assistant, corpus_store, text):
    answer = assistant.ask(text)
    assert states(answer.text, table_value(corpus_store, "defensie", "realisatie", "2023"))
    assert states(answer.text, table_value(corpus_store, "defensie", "realisatiepercentage",
                                           "2023"))


def test_both_after_a_statement_asks_what_it_names_and_what_the_ask_adds(assistant,
                                                                          corpus_store):
    text = ("Er wordt gevraagd naar het aantal banen eind 2022 inclusief de banen van de "
            "nulmeting. Kunt u beide aantallen geven, de nulmeting en het totaal?")
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "totaal", "totaal_banen", "2022"))
    assert states(answer.text, values(corpus_store, "totaal", "nulmeting", "2012"))


def test_inleen_is_shorthand_for_the_hiring_arrangements():
    q = understand("inleen Rijk Q1 2017")
    assert q.language == "nl" and "inleenverbanden" in q.metrics + [
        m.replace("aantal_", "") for m in q.metrics], q
