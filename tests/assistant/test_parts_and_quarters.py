"""Two asks where a verdict comes first ("Klopt het dat ... gehaald? Zo nee, hoeveel ..."),
a quarter that belongs to its own year only, a level's growth between two years, and a
compound naming a letter ("resultatenbrief"). Phrasings in no question file; the numbers
come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import split_asks, understand
from tests.assistant.stored import table_value


@pytest.mark.parametrize("text, verdict", [
    ("Heeft de politie haar doel voor 2023 gehaald? Zo niet, hoeveel fta ontbrak er?", "Nee"),
    ("Did defence reach its 2023 target? If not, how many fta short was it?", "No"),
])
def test_a_verdict_asked_first_is_given_first_then_the_gap(assistant, text, verdict):
    assert len(split_asks(text)) == 2
    answer = assistant.ask(text)
    assert answer.text.startswith(verdict), answer.text
    assert any(w in answer.text for w in ("tekort", "short")), answer.text


def test_a_quarter_is_of_its_own_year_only():
    q = understand("Hoeveel inleenverbanden telden de ministeries eind 2016, en hoeveel in Q1 "
                   "2017?")
    assert sorted(q.periods) == ["2016", "2017-Q1"], q.periods


@pytest.mark.parametrize("text", [
    "Met hoeveel is het aantal extra banen bij de overheid gegroeid tussen eind 2022 en eind 2024?",
    "By how many jobs did the market's extra jobs since the baseline grow from 2022 to 2024?",
])
def test_a_levels_growth_between_two_years_is_its_change(assistant, corpus_store, text):
    q = understand(text)
    assert q.operation == "change", q
    answer = assistant.ask(text)
    subject = q.subjects[0]
    change = table_value(corpus_store, subject, "extra_banen", "2024") - \
        table_value(corpus_store, subject, "extra_banen", "2022")
    from assistant.wording import number
    assert number(change, q.language) in answer.text, answer.text


def test_a_compound_naming_a_letter_is_no_unknown_word(assistant):
    # "resultatenbrief" is in no letter; "resultaten" and "brief" are
    assert assistant.evidence.known("resultatenbrief")
    assert assistant.evidence.known("cijferbrief")
    assert not assistant.evidence.known("veiligheidsregio's")
    answer = assistant.ask("Hoe verklaart de resultatenbrief dat de inleenverbanden dalen?")
    assert answer.status == "answered", answer.text


def test_a_count_by_the_metrics_own_noun_is_quoted_for_its_subject_only(assistant):
    # "was er een totaal aantal van 426 dienstverbanden" in the police's section
    answer = assistant.ask("Kunt u aangeven hoeveel dienstverbanden de politie begin februari "
                           "2023 telde?")
    assert answer.status == "answered" and "dienstverbanden" in answer.text, answer.text
    police = answer.citations[0]
    assert "Politie" in (police.section or ""), police
    other = assistant.ask("Kunt u aangeven hoeveel dienstverbanden Defensie begin februari "
                          "2023 telde?")
    assert all(c.passage_id != police.passage_id for c in other.citations[:1]), other.text


@pytest.mark.parametrize("text", [
    "politie 2023 realisatiepercentage incl. SROI?",
    "Wat was het realisatiepercentage van het wo in 2023 o.a. met SROI?",
])
def test_an_abbreviations_stop_does_not_end_a_statement(text):
    q = understand(text)
    assert "realisatiepercentage" in q.metrics and q.subjects, q


def test_a_year_the_letters_give_one_quarter_of_is_answered_with_that_quarter(assistant):
    answer = assistant.ask("Hoeveel inleenverbanden telden de ministeries in 2017?")
    periods = {sf.figure.period for sf in answer.figures}
    assert periods and all(p.startswith("2017-Q") for p in periods), answer.text
    assert "kwartaal" in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "How many 25.5-hour jobs did the municipalities fill in 2023?",
    "Hoeveel 25,5-uursbanen realiseerde Defensie in 2023?",
])
def test_a_job_of_25_5_hours_is_the_letters_unit(assistant, text):
    q = understand(text)
    assert q.counted in ("fta", None) and not q.about_other_things, q
    answer = assistant.ask(text)
    assert answer.figures and all(sf.figure.unit == "fta" for sf in answer.figures
                                  if sf.figure.metric == "realisatie"), answer.text


@pytest.mark.parametrize("text", [
    "Binnenwerk places people with a work disability across the ministries. How many people "
    "from the target group worked there at the end of 2023?",
    "Het Rijk heeft Binnenwerk opgezet. Hoeveel mensen uit de doelgroep werkten daar eind 2024?",
])
def test_the_target_group_working_there_is_the_employers_jobs(assistant, text):
    answer = assistant.ask(text)
    assert answer.figures and {sf.figure.subject for sf in answer.figures} == {"binnenwerk"}, \
        answer.text


@pytest.mark.parametrize("text", [
    "What reason does the letter on the 2024 results give for the fall in Wsw secondments?",
    "Welke reden noemt de voortgangsbrief over 2024 voor de daling van de Wsw-detacheringen?",
])
def test_a_letter_named_by_the_year_it_reports_on_is_searched_first(assistant, corpus_store,
                                                                    text):
    answer = assistant.ask(text)
    first = answer.citations[0]
    years = [int(f.period[:4]) for f in corpus_store.figures() if f.doc_id == first.doc_id]
    # the cited letter is the one whose figures are mostly of 2024
    assert max(set(years), key=years.count) == 2024, first


@pytest.mark.parametrize("text", [
    "Hoeveel inleenverbanden hadden de departementen volgens hun eigen telling in het eerste "
    "kwartaal van 2017?",
    "Stand van de inleenverbanden bij de departementen, Q1 2017, naar eigen inventarisatie?",
])
def test_a_quarter_asked_is_quoted_from_that_quarters_sentence(assistant, text):
    from assistant.understand import quarter_named
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    lead = answer.text.split("\n")[0]
    assert quarter_named(lead) == 1 or "eerste kwartaal" in lead, lead
