"""A date asked ("wanneer", "by when", "in welk jaar") is answered by a sentence that says
when, never by a figure of the table; the target by any of its names; superlatives without
an ending; another way to ask a definition; the register's size; a percentage named by
another thing ("the quota percentage") is no realisatiepercentage.

The phrasings are in no question file; expected values come from the stored figures."""
from __future__ import annotations

import re

import pytest

from assistant.understand import understand
from tests.assistant.stored import table_value


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


def _pct(corpus_store, period="2023"):
    return {f.subject: f.value for f in corpus_store.figures(None, "realisatiepercentage")
            if f.period == period and f.source_kind != "prose"}


@pytest.mark.parametrize("text, n", [
    ("Welke sector kwam in 2023 het dichtst bij haar doelstelling?", 1),
    ("Which three sectors were nearest to their 2023 goal?", 3),
])
def test_closest_to_the_target_ranks_by_the_distance_to_the_whole_target(assistant,
                                                                         corpus_store, text, n):
    q = understand(text)
    assert q.operation == "rank" and q.direction == "closest"
    answer = assistant.ask(text)
    pct = {s: v for s, v in _pct(corpus_store).items()
           if s in {sf.figure.subject for sf in answer.figures}}
    closest = sorted(pct, key=lambda s: abs(pct[s] - 100))[:n]
    lead = answer.text.split(".")[0] + answer.text.split(".")[1]
    from assistant.compose import subject_name
    assert all(subject_name(s, q.language) in lead for s in closest), answer.text


def test_a_bound_with_an_article_is_read():
    q = understand("Welke sectoren lagen in 2023 onder de 40%?")
    assert q.operation == "list_beyond" and q.bound.below and q.bound.limit == 40


@pytest.mark.parametrize("text, lang", [
    ("Is het waar dat de gemeenten hun doel voor 2023 haalden, en met hoeveel fta?", "nl"),
    ("Did the municipalities reach their 2023 target? By how much?", "en"),
])
def test_target_met_and_by_how_much_is_the_gap(assistant, corpus_store, text, lang):
    from assistant.wording import number
    doel = [f.value for f in corpus_store.figures("gemeenten", "doel", "2023")
            if f.source_kind != "prose"][0]
    real = [f.value for f in corpus_store.figures("gemeenten", "realisatie", "2023")
            if f.source_kind != "prose"][0]
    answer = assistant.ask(text)
    assert number(abs(real - doel), lang) in answer.text, answer.text


def test_the_whole_shortfall_of_a_group_adds_up_its_sectors(assistant, corpus_store):
    from assistant.wording import number
    from assistant.figure_answers import SECTOR_GROUPS
    answer = assistant.ask("Hoe groot was de gezamenlijke achterstand van de "
                           "onderwijssectoren in 2023, in fta?")
    fig = {(sf.figure.subject, sf.figure.metric): sf.figure.value for sf in answer.figures}
    members = [s for s in SECTOR_GROUPS["onderwijs"] if (s, "doel") in fig]
    assert members and all((s, "realisatie") in fig for s in members), answer.text
    gap = sum(fig[(s, "doel")] - fig[(s, "realisatie")] for s in members)
    assert number(gap, "nl") in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel banen moeten er in 2026 in totaal gerealiseerd zijn?",
    "How many jobs should be created in total by 2026?",
])
def test_what_must_be_realised_is_the_target(text):
    assert "doel" in understand(text).metrics


@pytest.mark.parametrize("text", [
    "Why did the water boards fall short in 2023?",
    "Waarom bleven de umc's in 2023 achter?",
])
def test_a_why_is_answered_by_reasons_not_by_the_subjects_figures(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered" and not answer.figures, answer.text


def test_a_why_with_an_amount_asked_gives_both(assistant):
    answer = assistant.ask("Waarom bleef het primair onderwijs in 2023 achter, en hoeveel "
                           "fta realiseerde het?")
    assert {sf.figure.subject for sf in answer.figures} == {"po"}, answer.text


@pytest.mark.parametrize("text, metric", [
    ("What was the realisation of the water boards in 2023 excluding SROI?", "realisatie"),
    ("Wat was het percentage van Defensie in 2023 zonder inkoop?", "realisatiepercentage"),
])
def test_without_sroi_keeps_the_metric_asked(text, metric):
    q = understand(text)
    assert q.metrics == [metric] and not q.including_sroi


def test_go_up_against_a_year_is_a_change():
    q = understand("Compared with 2022, did the realisation rate of the wo go up?")
    assert q.versus_year and q.operation == "change"


@pytest.mark.parametrize("text, lang", [
    ("Welk realisatiepercentage haalden hbo en wo samen in 2023?", "nl"),
    ("What share of their targets did the police and defence reach combined in 2023?", "en"),
])
def test_the_percentage_of_several_subjects_together_is_computed_from_their_sums(
        assistant, corpus_store, text, lang):
    from decimal import Decimal
    from assistant.wording import number
    q = understand(text)
    answer = assistant.ask(text)
    doel = sum(table_value(corpus_store, s, "doel", "2023") for s in q.subjects)
    real = sum(table_value(corpus_store, s, "realisatie", "2023") for s in q.subjects)
    share = number((real / doel * 100).quantize(Decimal("0.1")), lang)
    assert f"{share}%" in answer.text and ("berekend" in answer.text or "computed" in
                                            answer.text), answer.text


@pytest.mark.parametrize("text", [
    "Why did the hospitality sector fall short of its target in 2023?",
    "Waarom blijft de zorgsector achter bij de banenafspraak?",
])
def test_the_reasons_of_a_sector_the_letters_do_not_know_are_not_found(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.citations, answer.text


@pytest.mark.parametrize("text", [
    "In the sector-by-sector overview, what counts as a job via procurement?",
    "Do the per-sector figures include jobs created through SROI?",
])
def test_sector_by_sector_names_no_sector(assistant, text):
    assert assistant.evidence.sectors_unknown(text) == []


@pytest.mark.parametrize("text", [
    "What are the provinces doing to reach their target?",
    "Wat ondernemen de waterschappen om hun doelstelling te halen?",
])
def test_what_is_done_to_reach_a_target_asks_the_measures(text):
    assert understand(text).operation == "explain"


@pytest.mark.parametrize("text", [
    "Why did the water boards fall short in 2023?",
    "Why are the university medical centres behind?",
])
def test_an_english_name_of_a_sector_is_evidence_where_its_paragraphs_are(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    subject = understand(text).subjects[0]
    from assistant.assistant import covered_by
    assert any(subject in covered_by(c.section, False) for c in answer.citations
               if c.section), answer.text
