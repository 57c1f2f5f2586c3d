"""What a question names that is not what it asks: the date of the letter it cites is no
period; "onder de streep" / "net" growth is the whole growth, not the breakdown it mentions;
"inclusief ... de nulmeting" a few words apart still counts the jobs at the baseline in.
Phrasings in no question file."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from assistant.wording import number


@pytest.mark.parametrize("text, years", [
    ("Wat was volgens de kamerbrief van 13 december 2024 het doel van Defensie in 2023?", [2023]),
    ("According to the memo of October 2025, what was the Rijk's rate in 2024?", [2024]),
    ("In de brief van juli 2025: hoeveel banen had de overheid eind 2024?", [2024]),
])
def test_the_date_a_letter_is_cited_by_is_not_a_period(text, years):
    assert understand(text).years == years


def test_a_year_alone_after_a_letter_still_names_a_period():
    # "de brief over 2022" names what it reports on: without a month it stays a year
    assert 2022 in understand("Hoeveel extra banen noemt de brief over 2022?").years


@pytest.mark.parametrize("text", [
    "Wat was per saldo de groei bij markt en overheid samen in 2024?",
    "What was the net growth of jobs at government employers in 2024, formal jobs and "
    "hired-in jobs together?",
])
def test_net_growth_is_the_whole_growth(text):
    assert understand(text).metrics == ["groei"]


def test_including_the_baseline_a_few_words_on_counts_all_jobs():
    q = understand("Hoeveel banen telde de banenafspraak eind 2024 als je ook de banen meetelt "
                   "die er bij de nulmeting al waren?")
    assert q.metrics == ["totaal_banen"]


def test_the_national_total_named_beside_its_parts_is_not_added_to_them(assistant,
                                                                        corpus_store):
    doel = {f.subject: f.value for f in corpus_store.figures(None, "doel") if f.period == "2024"
            and f.subject in ("markt", "overheid")}
    answer = assistant.ask("Hoe hoog was de totale doelstelling voor 2024, markt en overheid "
                           "bij elkaar opgeteld?")
    summed = {sf.figure.subject for sf in answer.figures}
    assert {"markt", "overheid"} <= summed
    assert number(sum(doel.values()), "nl") in answer.text
    # the stated total may stand beside the sum, as the whole it is, never as a third part
    whole = [sf.figure.value for sf in answer.figures if sf.figure.subject == "totaal"]
    assert all(v == sum(doel.values()) for v in whole), answer.text
    assert number(2 * sum(doel.values()), "nl") not in answer.text


@pytest.mark.parametrize("text, subjects", [
    ("real. prov. 2023", ["provincies"]),
    ("doel waterschappen en gem. 2023?", ["waterschappen", "gemeenten"]),
    ("Hoeveel is er gerealiseerd.", []),        # a sentence's stop after a whole word
    ("ca. 700 fta, zie nr. 69", []),            # abbreviations that stand for no subject
])
def test_a_clipped_word_in_shorthand_stands_for_the_one_subject_it_begins(text, subjects):
    assert understand(text).subjects == subjects


def test_a_clipped_subject_without_the_year_asked_is_not_answered_with_the_national_figure(
        assistant, corpus_store):
    years = {f.period for f in corpus_store.figures("gemeenten", "doel")}
    year = max(int(y[:4]) for y in years) + 1
    answer = assistant.ask(f"doel gem. {year}")
    assert answer.status == "not_found" and not answer.figures


@pytest.mark.parametrize("text", [
    "How many fta would Defence have had in 2023 if the SROI jobs were added?",
    "Hoeveel fta zou het wo in 2023 hebben als de banen via inkoop worden opgeteld?",
])
def test_jobs_via_sroi_added_are_counted_in_not_a_growth(text):
    q = understand(text)
    assert q.including_sroi and q.metrics == ["realisatie"]


def test_a_statement_about_growth_makes_the_ask_s_kinds_of_job_parts_of_that_growth():
    q = understand("In de brief staat dat de groei bij de overheid in 2024 840 banen was. "
                   "Hoeveel daarvan kwam via formele dienstverbanden?")
    assert q.metrics == ["groei_formele_dienstverbanden"]


def test_a_fall_is_said_as_fewer_jobs_not_as_a_negative_number(assistant, corpus_store):
    fall = next(f for f in corpus_store.figures("overheid", "groei_inleenverbanden")
                if f.value < 0)
    answer = assistant.ask(f"Hoeveel banen via inleenverbanden kwamen er in {fall.period} bij "
                           f"de overheid bij?")
    assert f"{number(-fall.value, 'nl')} banen minder" in answer.text
    assert f"-{number(-fall.value, 'nl')}" not in answer.text


@pytest.mark.parametrize("text", [
    "Overheid: extra banen eind 2022 en eind 2024, en hoe veranderde dat?",
    "How did the number of extra jobs in government change from 2022 to 2024?",
])
def test_a_change_asked_between_two_years_is_a_change(text):
    assert understand(text).operation == "change"


def test_a_change_without_two_years_is_no_figure_operation():
    assert understand("Wat verandert er voor werkgevers in 2026?").operation == "explain"
