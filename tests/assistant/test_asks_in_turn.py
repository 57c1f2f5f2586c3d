"""Two asks in one question, where the second points back at the first one's answer
("welke sector ..., en hoeveel kwam die tekort?"), and rankings by the gap to the target.

The phrasings here are in no question file; the expected sectors and gaps are computed from
the stored figures, never written down, so the test holds for whatever the letters state."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.understand import understand
from assistant.wording import number


def _by(corpus_store, metric: str, period: str) -> dict[str, Decimal]:
    return {f.subject: f.value for f in corpus_store.figures(None, metric)
            if f.period == period and f.source_kind != "prose"}


def _gaps(corpus_store, period="2023") -> dict[str, Decimal]:
    doel, real = _by(corpus_store, "doel", period), _by(corpus_store, "realisatie", period)
    return {s: doel[s] - real[s] for s in doel if s in real}


@pytest.mark.parametrize("text", [
    "Welk onderwijstype had in 2023 het laagste percentage, en hoeveel fta ontbrak daar?",
    "Which government sector scored best in 2023 and by how many fta did it beat its goal?",
])
def test_an_ask_that_points_back_is_marked_so(text):
    q = understand(text)
    assert [p.refers_back for p in q.parts] == [False, True]


@pytest.mark.parametrize("text", [
    "Welke sectoren scoorden in 2023 het laagst, en hoeveel fta kwamen zij tekort?",
    "Welke sector had het laagste percentage in 2023, en hoeveel fta kwam de politie tekort?",
])
def test_a_list_or_a_named_subject_is_not_a_back_reference(text):
    assert not any(p.refers_back for p in understand(text).parts)


def test_the_second_ask_is_answered_for_the_first_ask_s_answer(assistant, corpus_store):
    pct = _by(corpus_store, "realisatiepercentage", "2023")
    gaps = _gaps(corpus_store)
    lowest = min((s for s in pct if s in gaps), key=lambda s: pct[s])
    answer = assistant.ask("Which sector had the lowest achievement rate in 2023, and how many "
                           "fta short of its goal did it end up?")
    assert answer.status == "answered"
    shortfall = number(gaps[lowest], "en")
    assert re.search(rf"\b{re.escape(shortfall)} fta short", answer.text), answer.text


@pytest.mark.parametrize("text, lang", [
    ("Welke sector had in 2023 in fta de grootste achterstand op zijn doel?", "nl"),
    ("Which sector was furthest from its goal in 2023, counted in fta?", "en"),
])
def test_a_ranking_by_the_gap_to_the_target_puts_the_largest_gap_first(assistant, corpus_store,
                                                                       text, lang):
    gaps = {s: g for s, g in _gaps(corpus_store).items() if g > 0}
    largest = max(gaps, key=gaps.get)
    assert understand(text).operation == "rank"
    answer = assistant.ask(text)
    assert [sf.figure.subject for sf in answer.figures][:2] == [largest, largest]
    assert number(gaps[largest], lang) in answer.text
    # a sector over its target has no shortfall to rank
    assert all(g > 0 for s, g in _gaps(corpus_store).items()
               if s in {sf.figure.subject for sf in answer.figures})


@pytest.mark.parametrize("text", [
    "Waar was in 2023 het verschil tussen doel en realisatie in fta het grootst?",
    "In which sector was the gap between goal and realisation largest in 2023, in fta?",
])
def test_the_largest_difference_between_target_and_realisation_ranks_by_gap(text):
    assert understand(text).by_gap and understand(text).operation == "rank"


def test_each_named_subject_s_shortfall_is_given(assistant, corpus_store):
    gaps = _gaps(corpus_store)
    answer = assistant.ask("Hoeveel fta bleven Defensie en de waterschappen in 2023 onder hun "
                           "doelstelling?")
    for subject in ("defensie", "waterschappen"):
        assert number(gaps[subject], "nl") in answer.text, answer.text


def test_regular_jobs_only_compares_the_percentages_without_sroi(assistant, corpus_store):
    q = understand("Which did better in 2023 excluding SROI, Defence or the police, in "
                   "percentage points?")
    assert q.operation == "compare" and q.metrics == ["realisatiepercentage"]
    assert not q.including_sroi
