"""Kinds of question that arrived in new outside sets (dev36, dev37) and failed, each tried in
phrasings no question file contains; the numbers come from the stored figures:
- the register and those on it in work or not ("geregistreerden zonder werk");
- the nulmeting named by its year ("met de banen die er in 2012 al waren");
- a gap to the target in plain words ("het tekort", "het overschot");
- the whole a count is taken from ("Out of the 51 vocational (mbo) colleges, how many");
- groups left out, sectors given as examples, and a list of sectors asked which met the target;
- a kind of education the letters never name; a part of the jobs (SROI) no sentence states.
"""
from __future__ import annotations

import re

import pytest

from assistant.query import groups_left_out
from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


@pytest.mark.parametrize("text", [
    "How many registered people were unemployed at the end of 2023?",
    "Hoeveel geregistreerden zaten eind 2023 zonder werk?",
    "Hoeveel mensen uit het register hadden eind 2023 geen betaalde baan?",
])
def test_those_on_the_register_not_in_work_are_its_size_less_those_in_work(
        assistant, corpus_store, text):
    q = understand(text)
    assert q.subjects == ["doelgroep"] and q.excluded == "werkzaam", q
    size = max(values(corpus_store, "doelgroep", "omvang", "2023"))
    working = max(values(corpus_store, "doelgroep", "werkzaam", "2023"))
    answer = assistant.ask(text)
    assert answer.status == "answered" and states(answer.text, size - working), answer.text


def test_those_on_the_register_and_of_them_in_work_are_both_answered(assistant, corpus_store):
    text = "Hoeveel personen stonden eind 2023 ingeschreven in het register, en hoeveel van hen hadden werk?"
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "doelgroep", "omvang", "2023"))
    assert states(answer.text, values(corpus_store, "doelgroep", "werkzaam", "2023"))


def test_an_organisation_named_at_work_is_no_ask_of_those_in_work():
    # "Emma at Work" is a name, not "in work"
    assert "werkzaam" not in understand("Wat doet Emma at Work voor de umc's?").metrics


@pytest.mark.parametrize("text", [
    "What was the total number of jobs at the end of 2022, with the jobs that already existed "
    "in 2012 included?",
    "Hoeveel banen telde de banenafspraak eind 2022 als je de banen die in 2012 al bestonden "
    "meetelt?",
    "How many jobs were there in all at end-2022, including those that were there at the end "
    "of 2012?",
])
def test_the_nulmeting_named_by_its_year_is_counted_in_not_asked_for(assistant, corpus_store,
                                                                       text):
    q = understand(text)
    assert q.metrics[:1] == ["totaal_banen"] and q.years == [2022], q
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "totaal", "totaal_banen", "2022"))
    assert "2012" not in " ".join(answer.to_dict().get("notes", [])), answer.text


@pytest.mark.parametrize("text", [
    "Wat was eind 2024 het tekort ten opzichte van de doelstelling van de banenafspraak?",
    "Hoe groot was het landelijke tekort op de doelstelling eind 2024 precies?",
])
def test_the_national_tekort_is_the_target_less_the_extra_jobs(assistant, corpus_store, text):
    gap = table_value(corpus_store, "totaal", "doel", "2024") - table_value(
        corpus_store, "totaal", "extra_banen", "2024")
    answer = assistant.ask(text)
    assert answer.status == "answered" and states(answer.text, gap), answer.text


@pytest.mark.parametrize("text", [
    "What surplus over their target did the municipalities have in 2023?",
    "Hoe groot was het overschot van de gemeenten op hun doelstelling in 2023?",
    "gemeenten overschot 2023 in fta",
])
def test_a_surplus_is_the_gap_the_other_way(assistant, corpus_store, text):
    gap = table_value(corpus_store, "gemeenten", "realisatie", "2023") - table_value(
        corpus_store, "gemeenten", "doel", "2023")
    assert understand(text).shortfall
    answer = assistant.ask(text)
    assert states(answer.text, gap), answer.text


@pytest.mark.parametrize("text", [
    "Hoe groot was de groei bij bedrijven in 2024, en met hoeveel banen groeide de overheid dat "
    "jaar?",
    "How much did companies grow in 2024, and by how many jobs did government grow?",
])
def test_companies_are_the_market(assistant, corpus_store, text):
    q = understand(text)
    assert {"markt", "overheid"} <= set(q.subjects), q
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "markt", "groei", "2024")), answer.text
    assert states(answer.text, values(corpus_store, "overheid", "groei", "2024")), answer.text


@pytest.mark.parametrize("text", [
    "Bij hoeveel hogescholen is er nog geen baan, en bij hoeveel wordt het doel gehaald?",
    "At how many schools were there no jobs, and at how many was the target met?",
])
def test_a_second_ask_may_open_with_a_preposition(text):
    assert len(understand(text).parts) == 2


@pytest.mark.parametrize("text, counted", [
    ("Out of the 51 vocational (mbo) colleges, how many had not created a single job yet?", "mbo"),
    ("Of the 35 water board organisations, how many supplied data on 2023?", "organisations"),
    ("Van de 387 fta bij de politie, hoeveel liepen er eind 2023 via inhuur?", "fta"),
])
def test_the_whole_a_count_is_taken_from_names_what_is_counted(text, counted):
    assert understand(text).counted == counted


@pytest.mark.parametrize("text", [
    "Out of the 51 MBO institutions, how many had not yet created any job for the target group?",
    "Van de 51 mbo-instellingen: hoeveel hebben er nog helemaal geen plekken voor de doelgroep?",
])
def test_a_count_of_members_is_quoted_from_the_sentence_stating_it(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert re.search(r"Van de \d+ mbo-scholen hebben er \d+", answer.text), answer.text


@pytest.mark.parametrize("text, left_out", [
    ("Which government sector outside of education lagged behind the most in 2023?",
     {"onderwijs"}),
    ("Welke sector, het onderwijs niet meegerekend, scoorde in 2023 het laagst?", {"onderwijs"}),
    ("Welke niet-onderwijssector had in 2023 het laagste percentage?", {"onderwijs"}),
    ("Welke onderwijssector had in 2023 het laagste percentage?", set()),
])
def test_a_group_named_to_be_left_out(text, left_out):
    assert groups_left_out(text) == left_out


@pytest.mark.parametrize("text", [
    "Which government sector outside of education lagged behind the most in 2023 in "
    "realisation rate?",
    "Welke sector, het onderwijs niet meegerekend, had in 2023 het laagste realisatiepercentage?",
])
def test_a_ranking_without_a_group_ranks_the_other_sectors(assistant, corpus_store, text):
    answer = assistant.ask(text)
    ranked = {f.figure.subject for f in answer.figures}
    assert ranked and not ranked & {"po", "vo", "mbo", "hbo", "wo", "onderzoeksinstellingen"}
    lowest = min(table_value(corpus_store, s, "realisatiepercentage", "2023") for s in ranked)
    assert states(answer.citations[0].text, lowest), answer.text    # named first, as [1]


def test_sectors_given_as_examples_do_not_narrow_the_group():
    q = understand("Welke overheidssector, zoals de gemeenten of de politie, scoorde in 2023 het "
                   "hoogst?")
    assert "gemeenten" not in q.subjects and "overheid" in q.subjects, q


def test_which_of_the_sectors_listed_met_the_target(assistant, corpus_store):
    text = "Which of the police, defence, the municipalities and the provinces met their 2023 target?"
    answer = assistant.ask(text)
    met = {s for s in ("politie", "defensie", "gemeenten", "provincies")
           if table_value(corpus_store, s, "realisatie", "2023")
           >= table_value(corpus_store, s, "doel", "2023")}
    assert understand(text).operation == "targets_met"
    assert {f.figure.subject for f in answer.figures} == {"politie", "defensie", "gemeenten",
                                                          "provincies"}
    assert met and answer.text.index("Not met") > 0, answer.text


@pytest.mark.parametrize("text", [
    # a kind of education the letters never name
    "Wat was de realisatie van het speciaal onderwijs in 2023?",
    "Hoeveel fta realiseerde het praktijkgericht onderwijs in 2023?",
    # a part of the jobs (SROI) no sentence states, not answered with the whole
    "Hoeveel banen hebben de gemeenten in 2023 via social return bij hun eigen aanbestedingen "
    "gecreëerd?",
    "How many jobs did the provinces create through social return clauses in their own "
    "procurement in 2023?",
])
def test_what_no_letter_states_is_not_found(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "Wij vragen als gemeente social return in onze aanbestedingen. Tellen die banen mee voor de "
    "overheid?",
    "Our municipality uses social return clauses. Do those jobs count towards the government "
    "target?",
])
def test_whether_jobs_count_is_a_rule_quoted_not_a_figure(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered" and not answer.figures, answer.text
    assert any("sroi" in c.text.lower() or "social return" in c.text.lower()
               for c in answer.citations[:5]), answer.text
