"""Other words for jobs ("werkplekken", "positions"), a sector named with the word sector
("gemeentesector"), other names of a metric ("streefcijfer", "ingehuurd", "ingekocht") and
"mensen met een arbeidsbeperking", whom every job is for. Phrasings in no question file; the
numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from core.aliases import find_metrics, find_subjects
from tests.assistant.stored import states, values


@pytest.mark.parametrize("text", [
    "Hoeveel werkplekken kwamen er in 2024 bij Binnenwerk bij?",
    "How many positions did Binnenwerk add in 2024?",
])
def test_a_count_of_places_or_positions_is_a_count_of_jobs(assistant, corpus_store, text):
    expected = values(corpus_store, "binnenwerk", "groei", "2024")
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert states(answer.text, expected), answer.text


@pytest.mark.parametrize("text, subject", [
    ("Wat realiseerde de gemeentesector in 2023?", "gemeenten"),
    ("Hoe deed de politiesector het in 2023?", "politie"),
    ("het doel van de provinciesector voor 2023", "provincies"),
])
def test_a_sector_named_with_the_word_sector_is_that_sector(text, subject):
    assert find_subjects(text) == [subject]


def test_a_sector_that_is_not_in_the_vocabulary_stays_unknown():
    assert find_subjects("de horecasector in 2023") == []


@pytest.mark.parametrize("text, metric", [
    ("het streefcijfer voor 2023", "doel"),
    ("hoeveel ingehuurde medewerkers", "inleenverbanden"),
    ("banen via ingekochte diensten", "sroi"),
])
def test_another_dutch_name_of_a_metric_is_that_metric(text, metric):
    assert find_metrics(text) == [metric]


@pytest.mark.parametrize("plain, for_whom", [
    ("Hoeveel banen realiseerden de provincies in 2023?",
     "Hoeveel banen voor mensen met een arbeidsbeperking realiseerden de provincies in 2023?"),
    ("Hoeveel banen realiseerde de politie in 2025?",
     "Hoeveel banen voor mensen met een arbeidsbeperking realiseerde de politie in 2025?"),
    ("How many jobs did the water boards realise in 2024?",
     "How many jobs for people with a disability did the water boards realise in 2024?"),
])
def test_whom_the_jobs_are_for_changes_nothing_of_the_answer(assistant, plain, for_whom):
    # every job of the agreement is for the target group: saying so asks nothing else
    assert understand(for_whom).uncovered == understand(plain).uncovered
    a, b = assistant.ask(plain), assistant.ask(for_whom)
    assert (a.status, [sf.figure for sf in a.figures]) == \
        (b.status, [sf.figure for sf in b.figures]), b.text
