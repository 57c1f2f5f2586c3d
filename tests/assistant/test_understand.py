"""Question understanding: language, subjects, years, metric, intent, follow-ups."""
import datetime as dt

import pytest

from assistant.understand import detect_language, understand

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("text, lang", [
    ("What was politie's realisation in 2023?", "en"),
    ("Wat was de realisatie van de politie in 2023?", "nl"),
    ("Why is it so hard for schools to create jobs?", "en"),
    ("Waarom lukt het onderwijs niet?", "nl"),
    ("Hoe ontwikkelde het Rijk zich sinds 2022?", "nl"),
    ("How did central government develop since 2022?", "en"),
])
def test_language(text, lang):
    assert detect_language(text) == lang


def test_figure_question_in_both_languages_parses_the_same():
    en = understand("What was politie's realisation in 2023?", today=TODAY)
    nl = understand("Wat was de realisatie van de politie in 2023?", today=TODAY)
    for q in (en, nl):
        assert q.intent == "figure"
        assert q.subjects == ["politie"]
        assert q.metrics == ["realisatie"]
        assert q.years == [2023]
    assert (en.language, nl.language) == ("en", "nl")


@pytest.mark.parametrize("text, intent", [
    ("Heeft de gemeenten het doel in 2023 gehaald?", "target_met"),
    ("Did the police meet its target in 2023?", "target_met"),
    ("Welke sector had in 2023 het hoogste realisatiepercentage?", "ranking"),
    ("Which sector had the lowest realisation rate in 2023?", "ranking"),
    ("Wat is het verschil tussen 2022 en 2023 voor de provincies?", "difference"),
    ("How much more did the provinces realise in 2023 than in 2022?", "difference"),
    ("Hoe ontwikkelde het Rijk zich sinds 2022?", "trend"),
    ("Waarom lukt het onderwijs niet?", "explanation"),
    ("What is De Blauwe Baan?", "explanation"),
    ("Welke maatregelen neemt het Rijk?", "explanation"),
    ("Wat is het realisatiepercentage van defensie in 2023?", "figure"),
    ("How many jobs did municipalities create in 2023?", "figure"),
])
def test_intent(text, intent):
    assert understand(text, today=TODAY).intent == intent


def test_years_quarters_and_relative_years():
    assert understand("eind 2024", today=TODAY).years == [2024]
    q = understand("inleenverbanden in het eerste kwartaal van 2017", today=TODAY)
    assert (q.years, q.quarter, q.periods) == ([2017], 1, ["2017-Q1"])
    assert understand("Hoeveel banen vorig jaar?", today=TODAY).years == [2025]
    assert understand("Hoe ontwikkelde het Rijk zich sinds 2022?", today=TODAY).since == 2022


def test_longest_alias_wins_and_order_of_mention_is_kept():
    q = understand("Compare the market sector with the government sector in 2024",
                   today=TODAY)
    assert q.subjects == ["markt", "overheid"]
    assert understand("sector Rijk 2023", today=TODAY).subjects == ["rijk"]


def test_follow_up_inherits_subject_metric_and_language():
    first = "Wat was de realisatie van de politie in 2023?"
    q = understand("en in 2022?", history=[first], today=TODAY)
    assert q.follow_up and q.subjects == ["politie"] and q.metrics == ["realisatie"]
    assert q.years == [2022] and q.language == "nl" and q.intent == "figure"
    q2 = understand("and the provinces?", history=["What was politie's realisation in 2023?"],
                    today=TODAY)
    assert q2.subjects == ["provincies"] and q2.years == [2023] and q2.language == "en"


def test_a_full_new_question_is_not_a_follow_up():
    q = understand("Wat was het doel van defensie in 2023?",
                   history=["Wat was de realisatie van de politie in 2023?"], today=TODAY)
    assert not q.follow_up and q.subjects == ["defensie"] and q.metrics == ["doel"]


def test_the_nulmeting_as_reference_as_period_and_as_metric():
    since = understand("By how much has the number of jobs via Wsw secondments fallen since "
                       "the 2012 baseline?", today=TODAY)
    assert since.metrics == ["wsw_detacheringen"] and since.years == []
    assert since.intent == "figure"
    during = understand("Hoe waren de inleenverbanden tijdens de nulmeting verdeeld over markt "
                        "en overheid?", today=TODAY)
    assert during.at_baseline and during.metrics == ["verdeelsleutel"]
    asked = understand("How many jobs for the target group were there at the time of the "
                       "baseline measurement (nulmeting)?", today=TODAY)
    assert asked.metrics == ["nulmeting"]        # "target group" is a subject, not a target


def test_a_part_metric_is_meant_over_its_whole_and_event_years_are_no_period():
    q = understand("How did the total number of extra jobs via hiring arrangements develop "
                   "from 2022 to 2024?", today=TODAY)
    assert q.metrics == ["inleenverbanden"]
    q = understand("How many extra jobs did the 2013 social agreement promise?", today=TODAY)
    assert q.years == [] and "doel" in q.metrics
    q = understand("Hoe groot was de achterstand op de doelstelling eind 2024?", today=TODAY)
    assert q.metrics[0] == "achterstand" and "doel" not in q.metrics


@pytest.mark.parametrize("text", ["How many hours is one job under the banenafspraak?",
                                  "Hoeveel uur telt een baan?",
                                  "What is the number of hours of a job?"])
def test_asking_for_hours_asks_for_the_definition_of_a_job(text):
    q = understand(text, today=TODAY)
    assert q.metrics == ["definitie"] and q.intent == "figure"


def test_query_fields_after_the_intent_are_taken_by_name_only():
    # a field added mid-record must never silently take another field's argument
    from assistant.query import Query
    with pytest.raises(TypeError):
        Query("politie 2023?", "nl", "figure", ["politie"])
    assert Query("politie 2023?", "nl", "figure", subjects=["politie"]).subjects == ["politie"]
