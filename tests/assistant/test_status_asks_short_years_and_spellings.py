"""False refusals and wrong years found by probing everyday Dutch, fixed by kind, each tried
in phrasings no question file holds:
- the words a status ask is put in ("wat is de stand van zaken bij", "hoe staan zij ervoor",
  "state of affairs") ask for the sector's figures and name nothing of their own: neither the
  parse nor the evidence counts them as content, so the letters' paragraphs answer (before,
  "zaken" was a content word no paragraph holds, and the question was refused);
- a year written short ("eind '23", "in ’22") is that year, not no year and the latest;
- spellings the letters do not use name the sector all the same ("gemeentes",
  "politiekorpsen", "ROC's"), and "ultimo 2023" is the end of 2023.

Expected values come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.query import status_frame
from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


@pytest.mark.parametrize("text, subject, year", [
    ("Wat is de stand van zaken rond de banenafspraak bij de provincies, eind 2023?",
     "provincies", "2023"),
    ("Graag de stand van zaken voor Defensie over 2023.", "defensie", "2023"),
    ("What's the state of affairs for the water boards in 2023?", "waterschappen", "2023"),
])
def test_a_status_ask_is_answered_with_the_sectors_figures(assistant, corpus_store, text,
                                                             subject, year):
    q = understand(text)
    assert q.asks_status and subject in q.subjects, q
    assert not set(q.uncovered) & status_frame(text), q.uncovered
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert states(answer.text, table_value(corpus_store, subject, "realisatie", year)), \
        answer.text


def test_the_status_frame_is_only_the_words_of_a_status_ask():
    assert {"stand", "zaken"} <= status_frame("Wat is de stand van zaken bij de politie?")
    # "Zaken" of a ministry's name is no status ask: it stays a word of the question
    assert not status_frame("Hoeveel banen realiseerde Binnenlandse Zaken in 2017?")
    assert "ervoor" in status_frame("Hoe staan de umc's ervoor?")
    assert not status_frame("Wat doet het Rijk ervoor om meer banen te realiseren?")


@pytest.mark.parametrize("text, subject, year", [
    ("realisatie gemeenten '23", "gemeenten", 2023),
    ("Hoeveel extra banen had de marktsector eind ’22?", "markt", 2022),
    ("How many jobs did the provinces have by the end of '23?", "provincies", 2023),
])
def test_a_year_written_short_is_that_year(assistant, corpus_store, text, subject, year):
    q = understand(text)
    assert q.years == [year] and subject in q.subjects, q
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert {sf.figure.period for sf in answer.figures} >= {str(year)}, answer.text


def test_an_apostrophe_of_a_plural_is_no_year():
    assert understand("Hoeveel umc's 23 ... realiseerden de umc's in 2023?").years == [2023]


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel banen hadden de gemeentes ultimo 2023 ingevuld?", "gemeenten"),
    ("Wat realiseerden de politiekorpsen samen in 2023?", "politie"),
    ("Hoeveel fta haalden de ROC's in 2023?", "mbo"),
])
def test_spellings_the_letters_do_not_use_name_the_sector(assistant, corpus_store, text,
                                                          subject):
    q = understand(text)
    assert q.subjects == [subject] and q.years == [2023] and not q.uncovered, q
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert {sf.figure.subject for sf in answer.figures} == {subject}, answer.text
    assert states(answer.text, table_value(corpus_store, subject, "realisatie", "2023")), \
        answer.text


@pytest.mark.parametrize("text, subject, year", [
    ("Met hoeveel banen is het aantal banen bij de marktwerkgevers in 2022 toegenomen?",
     "markt", "2022"),
    ("Met hoeveel nam het aantal banen bij overheidswerkgevers in 2024 toe?", "overheid", "2024"),
    ("By how much did the number of jobs at government employers increase in 2022?",
     "overheid", "2022"),
])
def test_a_verb_of_rise_in_one_year_asks_that_years_change(assistant, corpus_store, text,
                                                          subject, year):
    """Not the level since the nulmeting: the change of that one year ("groei")."""
    assert "groei" in understand(text).metrics
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert {(sf.figure.subject, sf.figure.metric) for sf in answer.figures} == {
        (subject, "groei")}, answer.text
    assert states(answer.text, {abs(v) for v in values(corpus_store, subject, "groei", year)}), \
        answer.text


@pytest.mark.parametrize("text", [
    "Met hoeveel fta is de realisatie van de provincies gestegen van 2022 naar 2023?",
    "Het aandeel werkgevers met banenafspraakbanen steeg in 2023; met hoeveel procentpunt?",
    "Is het realisatiepercentage van het Rijk in 2023 gestegen?",
])
def test_a_rise_between_two_years_or_of_a_share_is_no_years_growth(text):
    assert "groei" not in understand(text).metrics
