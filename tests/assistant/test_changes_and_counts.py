"""Changes measured from a year named, the change of several subjects read from the paragraph
that states both years, the shortfall of several subjects together, "realisation %", and
the sentence that counts the thing asked when the question opens with context.

The phrasings are in no question file; expected numbers come from the stored figures, never
written down, so the test holds for whatever the letters state."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.understand import understand
from assistant.wording import number
from tests.assistant.stored import table_value


@pytest.mark.parametrize("text", [
    "Realisatie % van de waterschappen in 2023?",
    "police realisation % 2023",
    "Wat was het % realisatie bij Defensie in 2023?",
])
def test_a_percent_sign_beside_the_realisation_asks_its_percentage(text):
    assert understand(text).metrics == ["realisatiepercentage"]


@pytest.mark.parametrize("text, year", [
    ("Is het realisatiepercentage van het wo gedaald vergeleken met 2022? Met hoeveel punt?",
     "2022"),
    ("How many points has the realisation rate of defence moved relative to 2022?", "2022"),
])
def test_a_change_against_one_year_runs_from_that_year_to_the_latest(assistant, corpus_store,
                                                                      text, year):
    q = understand(text)
    assert q.versus_year and q.operation == "change"
    answer = assistant.ask(text)
    periods = sorted({sf.figure.period for sf in answer.figures})
    if answer.figures:
        assert periods[0] == year and len(periods) == 2, answer.text
        subject = answer.figures[0].figure.subject
        later = sorted(f.period for f in corpus_store.figures(subject, "realisatiepercentage")
                       if f.period > year and "-Q" not in f.period)
        assert periods[1] == later[-1]
    else:       # the letters give no later year: said, not a single year's figure instead
        assert answer.status == "not_found", answer.text


def test_one_year_without_a_change_word_is_still_that_years_figure():
    q = understand("Wat was het realisatiepercentage van het hbo in 2023 vergeleken met het doel?")
    assert not q.versus_year


def test_the_change_of_two_subjects_is_read_where_one_paragraph_states_both_years(assistant):
    answer = assistant.ask("Politie en Rijk: hoeveel procentpunt stegen hun "
                           "realisatiepercentages van 2023 op 2024?")
    by_subject: dict[str, set[str]] = {}
    for sf in answer.figures:
        by_subject.setdefault(sf.figure.subject, set()).add(sf.source.passage_id)
    assert set(by_subject) == {"politie", "rijk"}, answer.text
    # each subject's two years come from one paragraph when one paragraph states them both
    assert all(len(passages) == 1 for passages in by_subject.values()), answer.text


@pytest.mark.parametrize("text, lang", [
    ("Hoeveel fta kwamen het primair en het voortgezet onderwijs in 2023 samen tekort?", "nl"),
    ("Police and defence combined: how far short of their 2023 targets were they, in fta?",
     "en"),
])
def test_the_shortfall_of_several_subjects_together(assistant, corpus_store, text, lang):
    q = understand(text)
    answer = assistant.ask(text)
    gap = sum((table_value(corpus_store, s, "doel", "2023")
               - table_value(corpus_store, s, "realisatie", "2023") for s in q.subjects),
              Decimal(0))
    assert len(q.subjects) == 2 and number(gap, lang) in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "Alle waterschappen kregen in 2024 een uitvraag van hun fonds. Hoeveel van die "
    "organisaties hebben over 2023 gegevens aangeleverd?",
    "For the water authorities a yearly survey is held among the member organisations. "
    "How many organisations actually sent in data over 2023?",
])
def test_after_context_the_quote_is_the_sentence_counting_what_is_asked(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    lead = answer.text.split("\n")[0]
    # the sentence that counts the organisations that sent data, not the one restating context
    assert "aangeleverd" in lead, lead


@pytest.mark.parametrize("text, counted", [
    ("How many market-sector jobs did the procurement study find in early 2022?", "jobs"),
    ("How many police jobs were there at the end of 2023?", "jobs"),
    ("Hoeveel mbo-scholen hebben nog geen banen gerealiseerd?", "mbo-scholen"),
])
def test_the_thing_counted_is_the_noun_a_sector_name_qualifies(text, counted):
    assert understand(text).counted == counted


@pytest.mark.parametrize("text", [
    "Welk deel van de hogescholen zat in 2023 onder de helft van hun doel?",
    "What percentage of the water authorities sent in their figures for 2023?",
    "Hoeveel procent van de schoolorganisaties in het vo had in 2023 iemand uit de doelgroep "
    "in dienst?",
])
def test_a_share_of_members_or_things_is_never_a_figure_of_the_table(assistant, text):
    q = understand(text)
    assert q.share_of_other and "realisatiepercentage" not in q.metrics
    answer = assistant.ask(text)
    assert not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "What was the realisation percentage of the municipalities in 2023?",
    "Welk deel van het doel haalden de provincies in 2023?",
    "What share of the target group was in work in 2023?",
])
def test_a_share_of_jobs_a_target_or_the_target_group_stays_a_figure(text):
    assert not understand(text).share_of_other


def test_an_english_pair_finds_the_dutch_compound_in_its_dutch_plural(assistant):
    # "school organisations" is one Dutch word, with a Dutch plural: schoolorganisaties
    found = assistant.evidence.compounds("How many school organisations took part?")
    assert "schoolorganisaties" in found


def test_a_point_of_a_list_is_a_sentence_of_its_own():
    from assistant.compose import sentences
    text = ("Dit is ongeveer 29%. - Het aantal scholen is gestegen (van 56% naar 65,9%). "
            "- De meeste banen zijn regulier.")
    assert sentences(text) == ["Dit is ongeveer 29%.",
                               "- Het aantal scholen is gestegen (van 56% naar 65,9%).",
                               "- De meeste banen zijn regulier."]
