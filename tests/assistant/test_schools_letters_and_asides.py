"""Schools are the education sectors; the words naming a letter ("the 2024 results letter")
name no section of it and are no search words within it; a gap that only
describes whom the ask is about ("schools that lag behind") asks no gap. Phrasings in no
question file."""
from __future__ import annotations

import pytest

from assistant.letters import without_letter_names
from assistant.understand import understand


@pytest.mark.parametrize("text", [
    "Waarom vinden scholen het moeilijk om mensen uit de doelgroep aan te nemen?",
    "Why is it hard for schools to take on people from the target group?",
])
def test_schools_are_the_education_sectors(assistant, text):
    assert understand(text).subjects == ["onderwijs"]
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert "onderwijs" in (answer.citations[0].section or "").lower(), answer.citations[0]


def test_the_words_naming_a_letter_are_left_out_within_it():
    left = without_letter_names("Why do jobs via inleenverbanden fall, according to the 2024 "
                                "results letter?")
    assert "results" not in left and "inleenverbanden" in left


def test_the_reason_is_found_in_the_letter_named_by_its_results(assistant, corpus_store):
    answer = assistant.ask("What reason does the results letter on 2024 give for the steady "
                           "decline of jobs through inleenverbanden?")
    assert answer.status == "answered", answer.text
    first = answer.citations[0]
    assert "resultaten" in first.title.lower(), first.title
    assert "inleenverband" in (first.section or "").lower() + first.text.lower()


@pytest.mark.parametrize("text", [
    "Kunnen scholen die achterblijven als sanctie een korting op hun lumpsum krijgen?",
    "Would the cabinet penalise employers that fall short by introducing a levy soon?",
])
def test_a_gap_that_describes_whom_the_ask_is_about_asks_no_gap(text):
    assert understand(text).intent == "explanation", understand(text)
