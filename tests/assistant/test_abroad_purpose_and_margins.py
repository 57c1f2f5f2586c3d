"""Another country asked about (the letters report on the Netherlands only), the asker's
purpose before a colon (no content of the question), the asker's own target ("ons doel"),
a verdict with its margin, a share of a year's target, and jobs lost in one year beside the
loss since the nulmeting. Phrasings in no question file; the numbers come from the stored
figures."""
from __future__ import annotations

import pytest

from assistant.evidence import Evidence
from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


@pytest.mark.parametrize("text", [
    "Hoe verhoudt de Nederlandse banenafspraak zich tot de quotumregeling in Oostenrijk?",
    "Doen Belgische overheidswerkgevers het beter dan de Nederlandse?",
    "How do the Dutch results stack up against other EU countries?",
])
def test_another_country_is_not_in_the_letters(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


def test_a_country_a_letter_names_is_no_place_abroad():
    evidence = Evidence(["In Duitsland geldt een quotum van vijf procent."])
    assert evidence.places_abroad("Welk quotum geldt in Duitsland?") == []
    assert evidence.places_abroad("Welk quotum geldt in Frankrijk?") == ["Frankrijk"]


def test_a_country_in_the_askers_purpose_is_not_what_is_asked(assistant, corpus_store):
    answer = assistant.ask("For a comparison with Germany: what share of their 2023 target "
                           "did the provinces reach?")
    assert answer.status == "answered", answer.text
    assert states(answer.text, table_value(corpus_store, "provincies",
                                           "realisatiepercentage", "2023")), answer.text


@pytest.mark.parametrize("text", [
    "Voor het debat van morgen: hoeveel banen via inleenverbanden waren er bij de nulmeting?",
    "Ten behoeve van de beantwoording: hoeveel banen liepen er tijdens de nulmeting via "
    "inleenverbanden?",
])
def test_the_askers_purpose_is_no_unknown_content(assistant, corpus_store, text):
    assert not understand(text).uncovered, understand(text)
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "totaal", "aantal_inleenverbanden",
                                      "2012")), answer.text


@pytest.mark.parametrize("text, subject", [
    ("Wij zijn een provincie. Hoeveel fta zaten we in 2023 onder ons doel?", "provincies"),
    ("We run a police force: how far below our own 2023 target were we?", "politie"),
])
def test_the_askers_own_target_is_a_gap(assistant, corpus_store, text, subject):
    q = understand(text)
    assert q.shortfall and q.subjects == [subject], q
    gap = table_value(corpus_store, subject, "doel", "2023") - \
        table_value(corpus_store, subject, "realisatie", "2023")
    assert states(assistant.ask(text).text, gap)


@pytest.mark.parametrize("text", [
    "Did the municipalities hit their 2023 target, and by what margin?",
    "Haalden de gemeenten in 2023 hun doel, en met welke marge?",
])
def test_a_verdict_with_its_margin(assistant, corpus_store, text):
    surplus = table_value(corpus_store, "gemeenten", "realisatie", "2023") - \
        table_value(corpus_store, "gemeenten", "doel", "2023")
    answer = assistant.ask(text)
    assert states(answer.text, surplus), answer.text


@pytest.mark.parametrize("text", [
    "What share of its 2023 target did the police reach?",
    "Welk deel van hun jaarlijkse doel haalden de provincies in 2023?",
])
def test_a_share_of_a_years_target_is_the_percentage(text):
    assert understand(text).metrics == ["realisatiepercentage"], understand(text)


@pytest.mark.parametrize("text, metric", [
    ("Hoeveel banen via Wsw-detacheringen gingen er in 2024 verloren?",
     "groei_wsw_detacheringen"),
    ("By how much did sheltered-workshop secondments shrink during 2024?",
     "groei_wsw_detacheringen"),
    ("How many Wsw secondment jobs have disappeared since the baseline?", "wsw_detacheringen"),
])
def test_jobs_lost_in_a_year_or_since_the_nulmeting(assistant, corpus_store, text, metric):
    assert understand(text).metrics == [metric], understand(text)
    lost = values(corpus_store, "totaal", metric, "2024")
    assert states(assistant.ask(text).text, {abs(v) for v in lost})


@pytest.mark.parametrize("text", [
    "What did the Labour Inspectorate's study find about people on the register who stay "
    "out of work?",
    "What does the Labour Inspectorate say about people in the target group who never find "
    "a job?",
])
def test_an_institution_by_its_english_name(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any("Arbeidsinspectie" in c.text for c in answer.citations[:5]), answer.citations


@pytest.mark.parametrize("text, subject", [
    ("How many fte did the armed forces realise in 2023?", "defensie"),
    ("What was the national police force's realisation in 2023?", "politie"),
    ("How did the local authorities do against their 2023 target?", "gemeenten"),
])
def test_sectors_by_other_english_names(text, subject):
    assert understand(text).subjects == [subject], understand(text)


@pytest.mark.parametrize("text", [
    "What proportion of those on the register were women at the end of 2023?",
    "What is the average salary of people employed under the jobs agreement?",
    "Hoeveel vrouwen uit de doelgroep werkten eind 2023?",
])
def test_a_kind_of_people_or_pay_the_letters_never_name(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


def test_a_share_of_those_in_work_is_still_answered(assistant, corpus_store):
    answer = assistant.ask("What proportion of the target group had a job at the end of 2023?")
    assert states(answer.text, values(corpus_store, "doelgroep", "werkzaam_percentage",
                                      "2023")), answer.text


@pytest.mark.parametrize("text", [
    "Among the universities of applied sciences, what did the two best-performing "
    "institutions reach in 2023?",
    "Welke realisatie haalden de drie best scorende hogescholen in 2023?",
])
def test_the_best_members_of_one_sector_are_no_ranking_of_sectors(assistant, text):
    q = understand(text)
    assert q.ranks_members and q.intent == "explanation", q
    answer = assistant.ask(text)
    # never the other sectors' figures in a ranking
    assert not {sf.figure.subject for sf in answer.figures} - {"hbo"}, answer.text


@pytest.mark.parametrize("text", [
    "In het primair onderwijs: welk percentage schoolorganisaties had in 2023 een werknemer "
    "uit de doelgroep?",
    "What share municipal employers had someone from the target group on the payroll?",
])
def test_a_share_of_members_without_of_is_no_share_of_the_target(assistant, text):
    assert understand(text).share_of_other, understand(text)
    answer = assistant.ask(text)
    assert not any(sf.figure.metric == "realisatiepercentage" for sf in answer.figures), \
        answer.text
