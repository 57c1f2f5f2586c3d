"""A date asked ("wanneer", "by when", "in welk jaar") is answered by a sentence that says
when, never by a figure of the table; the target by any of its names; superlatives without
an ending; another way to ask a definition; the register's size; a percentage named by
another thing ("the quota percentage") is no realisatiepercentage.

The phrasings are in no question file; expected values come from the stored figures."""
from __future__ import annotations

import re

import pytest

from assistant.understand import understand


@pytest.mark.parametrize("text", [
    "Tegen wanneer moet de sector overheid haar 25.000 banen hebben gerealiseerd?",
    "By when must the 100,000 market jobs be in place?",
    "In welk jaar moet de banenafspraak volledig gerealiseerd zijn?",
])
def test_a_date_asked_is_a_sentence_that_says_when(assistant, text):
    q = understand(text)
    assert q.operation == "when"
    answer = assistant.ask(text)
    assert answer.status == "answered" and not answer.figures, answer.text
    lead = answer.text.split("\n")[0]
    assert re.search(r"\b(19|20)\d\d\b", lead), lead


@pytest.mark.parametrize("text", [
    "Welk percentage van hun taakstelling realiseerden de provincies in 2023?",
    "Hoeveel procent van de opgave haalde Defensie in 2023?",
])
def test_a_share_of_the_target_by_any_name_is_the_realisatiepercentage(text):
    assert understand(text).metrics == ["realisatiepercentage"]


@pytest.mark.parametrize("text, direction", [
    ("Welke twee sectoren deden het in 2023 het laagst?", "lowest"),
    ("Welke sector scoorde in 2023 het hoogst?", "highest"),
])
def test_a_superlative_without_its_ending_ranks(text, direction):
    q = understand(text)
    assert q.operation == "rank" and q.direction == direction


def test_another_way_to_ask_a_definition():
    q = understand("Wat verstaat men onder een fta?")
    assert q.operation == "definition" and q.term == "fta"


@pytest.mark.parametrize("text", [
    "Hoeveel personen stonden er eind 2023 in het doelgroepregister?",
    "How many persons were in the target group register at the end of 2023?",
])
def test_the_people_in_the_register_are_its_size(assistant, corpus_store, text):
    answer = assistant.ask(text)
    asked = {sf.figure.metric for sf in answer.figures}
    assert asked == {"omvang"}, answer.text


@pytest.mark.parametrize("text", [
    "What was the quota percentage for government employers in 2024?",
    "What was the employment rate of the target group in 2023?",
])
def test_a_percentage_named_by_another_thing_is_no_realisatiepercentage(assistant, text):
    q = understand(text)
    assert q.share_of_other and "realisatiepercentage" not in q.metrics
    answer = assistant.ask(text)
    assert not any(sf.figure.metric == "realisatiepercentage" for sf in answer.figures)
    assert "computed" not in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "What was the police percentage in 2023?",
    "What was the achievement rate of defence in 2023?",
    "By how many percentage points did the hbo rate fall from 2022 to 2023?",
])
def test_a_percentage_of_a_sector_or_by_its_own_name_stays_one(text):
    q = understand(text)
    assert not q.share_of_other and "realisatiepercentage" in q.metrics
