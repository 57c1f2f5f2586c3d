"""After "which met their target", a gap asked without a subject is the gap of those that
met it, whether the asker says they, it or nothing; a change asked beside a gap is worked out
too; a target's change is the target's, never a growth in jobs. Phrasings in no question
file; the numbers come from the stored figures."""
from __future__ import annotations

import pytest

from tests.assistant.stored import states, table_value


def _surplus(store, subject, period="2023"):
    return table_value(store, subject, "realisatie", period) - \
        table_value(store, subject, "doel", period)


@pytest.mark.parametrize("text", [
    "Which government sectors reached their 2023 goal, and how many fta above it did it end?",
    "Welke overheidssectoren haalden hun doel van 2023, en met hoeveel fta werd dat overtroffen?",
    "Welke overheidssector haalde in 2023 het doel en hoeveel fta zat die erboven?",
])
def test_the_gap_after_which_met_is_of_those_that_met(assistant, corpus_store, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert states(answer.text, _surplus(corpus_store, "gemeenten")), answer.text


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel fta kwamen de provincies in 2023 tekort, en hoeveel hoger lag hun doel dan in "
     "2022?", "provincies"),
    ("How far below target were the provinces in 2023, and by how much did their target rise "
     "compared with 2022?", "provincies"),
])
def test_a_targets_change_asked_beside_a_gap_is_worked_out(assistant, corpus_store, text,
                                                          subject):
    rise = table_value(corpus_store, subject, "doel", "2023") - \
        sorted(f.value for f in corpus_store.figures(subject, "doel") if f.period == "2022")[0]
    answer = assistant.ask(text)
    assert states(answer.text, rise), answer.text
    gap = table_value(corpus_store, subject, "doel", "2023") - \
        table_value(corpus_store, subject, "realisatie", "2023")
    assert states(answer.text, gap), answer.text


def test_a_targets_change_is_never_a_growth_in_jobs(assistant, corpus_store):
    answer = assistant.ask("Met hoeveel fta is het doel van de politie tussen 2022 en 2023 "
                           "veranderd?")
    growth = {abs(f.value) for f in corpus_store.figures("politie", "groei")}
    assert growth and not states(answer.text, growth), answer.text
