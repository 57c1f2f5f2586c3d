"""The vocabulary's other names for a metric or subject ("temp agencies", "zero measurement",
"private employers", "eigen loonlijst"), a gloss in brackets that lists a metric's parts, and
the nulmeting named with its year. Phrasings in no question file."""
from __future__ import annotations

import pytest

from assistant.understand import understand


@pytest.mark.parametrize("text, metric", [
    ("How many jobs came through temp agencies at government employers in 2022?",
     "inleenverbanden"),
    ("Hoeveel ingeleende krachten telde de overheid eind 2022?", "inleenverbanden"),
    ("How many formal jobs, on their own payroll, did the market add in 2022?",
     "formele_dienstverbanden"),
    ("What did the zero measurement count in jobs?", "nulmeting"),
])
def test_another_name_of_a_metric_is_that_metric(text, metric):
    # its level, its growth or itself ("aantal_inleenverbanden", "groei_formele_...")
    assert any(metric in m for m in understand(text).metrics), understand(text)


@pytest.mark.parametrize("text", [
    "How many extra jobs did private employers realise by the end of 2022?",
    "Hoeveel extra banen realiseerden private werkgevers eind 2022?",
])
def test_private_employers_are_the_market(text):
    assert understand(text).subjects == ["markt"], understand(text)


@pytest.mark.parametrize("text", [
    "Hoeveel banen via inleenverbanden (uitzendrelaties en Wsw-detacheringen) waren er eind 2022?",
    "Jobs via hiring-in arrangements (temp agency work and Wsw secondments) at the end of 2022?",
])
def test_a_gloss_in_brackets_is_not_a_second_metric(text):
    metrics = understand(text).metrics
    assert metrics and all("inleenverbanden" in m for m in metrics), metrics


@pytest.mark.parametrize("text", [
    "How many jobs were counted at the time of the 2012 baseline?",
    "How many jobs were there at the zero measurement?",
])
def test_jobs_at_the_baseline_are_its_count(assistant, text):
    q = understand(text)
    assert q.at_baseline and q.metrics == ["nulmeting"], q
    answer = assistant.ask(text)
    assert answer.status == "answered" and answer.figures, answer.text
    assert {sf.figure.metric for sf in answer.figures} == {"nulmeting"}


def test_a_dutch_synonym_is_found_where_the_letters_use_their_word(assistant):
    answer = assistant.ask("Waarom worden er steeds minder uitzendkrachten uit de doelgroep "
                           "ingezet?")
    assert answer.status == "answered", answer.text
    assert any("inleenverband" in c.text.lower() for c in answer.citations), answer.text
