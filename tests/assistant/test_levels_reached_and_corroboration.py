"""The level a thing grew to ("tot hoeveel banen gegroeid"), jobs "for the target group" at an
employer, the inleenverbanden named by their two parts, and a small value corroborated where a
sentence names its subject and metric. Phrasings in no question file; the numbers come from the
stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from core.numbers import format_number
from tests.assistant.stored import states as _states, values as _values


@pytest.mark.parametrize("text, period", [
    ("Naar hoeveel banen was Binnenwerk eind 2024 gegroeid?", "2024"),
    ("What had Binnenwerk grown to by the end of 2022?", "2022"),
])
def test_what_a_thing_grew_to_is_its_level_not_its_growth(assistant, corpus_store, text, period):
    q = understand(text)
    assert "groei" not in q.metrics, q
    level = _values(corpus_store, "binnenwerk", "realisatie", period)
    growth = _values(corpus_store, "binnenwerk", "groei", period)
    answer = assistant.ask(text)
    assert answer.status == "answered" and _states(answer.text, level), answer.text
    assert not _states(answer.text, growth - level), answer.text


def test_by_how_much_it_grew_stays_the_growth():
    assert understand("Met hoeveel banen groeide Binnenwerk in 2024?").metrics == ["groei"]


@pytest.mark.parametrize("text", [
    "Met hoeveel banen voor de doelgroep groeide Binnenwerk in 2024?",
    "How many jobs for the target group did Binnenwerk add in 2024?",
])
def test_jobs_for_the_target_group_at_an_employer_are_that_employers(assistant, corpus_store,
                                                                     text):
    assert understand(text).subjects == ["binnenwerk"]
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert _states(answer.text, _values(corpus_store, "binnenwerk", "groei", "2024")), answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel banen waren er eind 2022 via uitzendrelaties en Wsw-detacheringen bij elkaar?",
    "How many jobs through agency work and Wsw secondments existed in total at the end of 2022?",
])
def test_the_inleenverbanden_named_by_their_two_parts_are_the_inleenverbanden(text):
    metrics = understand(text).metrics
    assert metrics and all("inleenverbanden" in m for m in metrics), metrics


def test_a_small_value_is_corroborated_where_a_sentence_names_its_subject_and_metric(assistant):
    answer = assistant.ask("Hoeveel extra banen via inleenverbanden had de marktsector eind 2022 "
                           "ten opzichte van de nulmeting?")
    assert answer.status == "answered" and answer.figures, answer.text
    figure = answer.figures[0]
    assert figure.figure.value < 1000      # small: not distinctive by itself
    written = format_number(figure.figure.value, "nl")
    others = [c for c in answer.citations if c.passage_id != figure.source.passage_id
              and written in c.text]
    assert others, [c.text for c in answer.citations]
    assert all("markt" in c.text.lower() and "inleenverband" in c.text.lower()
               for c in others), [c.text for c in others]


@pytest.mark.parametrize("text", [
    "Hoeveel banen kwamen er bij de umc's in 2023 tot stand via detachering?",
    "How many umc jobs in 2023 were held through a secondment?",
])
def test_jobs_of_a_kind_no_metric_names_are_answered_from_the_paragraph_naming_it(assistant,
                                                                                  text):
    # the sector's realisation counts every kind of job: it is not what is asked
    q = understand(text)
    assert q.via_other, q
    answer = assistant.ask(text)
    assert answer.status == "answered" and not answer.figures, answer.text
    assert "detacher" in answer.citations[0].text.lower(), answer.citations[0].text


@pytest.mark.parametrize("text, asked, set_against", [
    ("How many jobs did Defence create through formal contracts rather than hiring in 2023?",
     "formele_dienstverbanden", "inleenverbanden"),
    ("Hoeveel banen ontstonden er in 2022 via inleenverbanden in plaats van via formele "
     "dienstverbanden?", "inleenverbanden", "formele_dienstverbanden"),
])
def test_what_the_asked_thing_is_set_against_is_not_asked(text, asked, set_against):
    metrics = understand(text).metrics
    assert any(asked in m for m in metrics) and not any(set_against in m for m in metrics), \
        metrics


def test_secondments_alone_are_not_the_wsw_secondments_but_sheltered_ones_are():
    assert not understand("How many secondments were there at the police in 2023?").metrics
    assert understand("How far have sheltered workshop secondments fallen since the "
                      "baseline?").metrics == ["wsw_detacheringen"]
