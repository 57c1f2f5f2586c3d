"""False refusals found in dev54 (Dutch askers typing in their own words) and fixed by kind,
each tried in phrasings no question file holds:
- a typing error ("hoevel", "univeristeiten", "doelgroepregistr") is read as the word the
  parse knows, where one slip explains it; words that differ by an inflection or by a changed
  letter stay as typed (assistant/spelling.py);
- both kinds of hired-in job named together ("uitzendwerk en Wsw-detachering") are the
  inleenverbanden;
- ", en uit welk jaar ...", ", en om hoeveel ..." open a second ask, and so does ", en hoeveel
  eind 2022?", which asks the same of a year of its own;
- "hoeveel academische ziekenhuizen" counts the umc's by a name of their own;
- "hoeveel procent van de doelgroep werkt" is the share in work.

Expected values come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.spelling import Speller, slip
from assistant.understand import spelled, split_asks, understand
from tests.assistant.stored import states, table_value, values


@pytest.mark.parametrize("typed, meant", [
    ("Hoevel fta realiseerde de politie in 2023?", "Hoeveel fta realiseerde de politie in 2023?"),
    ("realisatie univeristeiten 2023", "realisatie universiteiten 2023"),
    ("Hoe groot was het doelgroepregistr eind 2023?",
     "Hoe groot was het doelgroepregister eind 2023?"),
])
def test_a_typing_error_is_the_word_meant(typed, meant):
    assert spelled(typed) == meant


@pytest.mark.parametrize("text", [
    "Hoeveel banen werden er bij de gemeenten gerealiseerd in 2023?",   # werden, not werken
    "Wat is de centrale financieringsconstructie?",                      # no inflection mended
    "Welke stelling neemt de minister in?",                              # stelling, no telling
    "Why did the police fall short though?",                             # English: as typed
])
def test_words_of_their_own_are_left_as_typed(text):
    assert spelled(text) == text


def test_a_slip_is_one_letter_left_out_added_or_swapped_inside_the_word():
    assert slip("hoevel", "hoeveel") and slip("univeristeiten", "universiteiten")
    assert not slip("centrale", "central") and not slip("werken", "werden")
    speller = Speller(known=["werden"], targets=["werken", "werkgever"])
    assert speller.correction("werrken") == "werken"
    assert speller.correction("werden") is None


def test_a_typed_sector_is_answered(assistant, corpus_store):
    answer = assistant.ask("hoevel fta haalden de univeristeiten in 2023?")
    assert answer.status == "answered", answer.text
    assert states(answer.text, table_value(corpus_store, "wo", "realisatie", "2023")), answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel banen via uitzendwerk en detachering waren er eind 2022?",
    "How many jobs through secondments or agency work were there at the end of 2022?",
])
def test_both_kinds_of_hired_in_job_are_the_inleenverbanden(assistant, corpus_store, text):
    q = understand(text)
    assert q.metrics and all("inleenverbanden" in m for m in q.metrics), q.metrics
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert {sf.figure.metric for sf in answer.figures} <= {"inleenverbanden",
                                                          "aantal_inleenverbanden"}, answer.text


@pytest.mark.parametrize("text, second", [
    ("Hoeveel fta telde het Rijk in 2023, en uit welk jaar komt de nulmeting?",
     "uit welk jaar komt de nulmeting?"),
    ("Wat was het doel van Defensie in 2023, en om hoeveel fta ging het bij de realisatie?",
     "om hoeveel fta ging het bij de realisatie?"),
    ("Hoeveel extra banen had de markt eind 2022, en hoeveel eind 2024?", "hoeveel eind 2024?"),
])
def test_a_second_ask_opens_after_a_preposition_or_names_a_year_of_its_own(text, second):
    asks = split_asks(text)
    assert len(asks) == 2 and asks[1] == second, asks


def test_the_same_asked_of_another_year_is_answered_for_both(assistant, corpus_store):
    answer = assistant.ask("Hoeveel extra banen had de marktsector eind 2022, en hoeveel eind 2024?")
    assert answer.status == "answered", answer.text
    for year in ("2022", "2024"):
        assert states(answer.text, values(corpus_store, "markt", "extra_banen", year)), answer.text


def test_members_counted_by_a_name_of_their_own(assistant):
    answer = assistant.ask("Van hoeveel academische ziekenhuizen zijn de gegevens over 2023 "
                           "gebruikt?")
    assert answer.status == "answered", answer.text
    assert "7 van de 8" in answer.text, answer.text


def test_the_share_of_the_target_group_that_works(assistant, corpus_store):
    q = understand("Welk percentage van de doelgroep werkt?")
    assert q.metrics == ["werkzaam_percentage"], q.metrics
    answer = assistant.ask("Hoeveel procent van de doelgroep werkt er eind 2023?")
    assert states(answer.text, values(corpus_store, "doelgroep", "werkzaam_percentage", "2023")), \
        answer.text
