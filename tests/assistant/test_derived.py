"""Answers that combine stated figures (assistant/derived.py and the operations of the typed
Query): each kind asked in phrasings no question file of the project contains, on the real
corpus, the result checked against the stated inputs rather than a hard-coded number."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

from assistant.understand import understand
from core.numbers import format_number

TODAY = dt.date(2026, 12, 1)


def by(answer, metric):
    return {sf.figure.subject: sf.figure.value for sf in answer.figures
            if sf.figure.metric == metric}


@pytest.mark.parametrize("text, operation", [
    ("Hoeveel keer zo veel fta realiseerden de gemeenten als de provincies in 2023?", "ratio"),
    ("How many of the target group were not in work at the end of 2023?", "complement"),
    ("Hoeveel fta van Defensie kwamen in 2023 níet via inhuur tot stand?", "complement"),
    ("Welke van de onderwijssectoren haalden hun doel in 2023?", "targets_met"),
    ("Hoeveel fta ontbrak er bij het Rijk in 2023?", "shortfall"),
    ("groei wo 2022-2023 in fta", "change"),
])
def test_the_operation_is_read_from_the_question(text, operation):
    assert understand(text, today=TODAY).operation == operation


def test_a_ratio_of_two_subjects_is_their_quotient(assistant):
    text = "Hoeveel keer zo veel fta realiseerden de gemeenten als de provincies in 2023?"
    answer = assistant.ask(text)
    real = by(answer, "realisatie")
    times = (real["gemeenten"] / real["provincies"]).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert format_number(times, "nl") in answer.text


def test_those_not_in_work_are_the_group_less_those_in_work(assistant):
    answer = assistant.ask("How many of the target group were not in work at the end of 2023?")
    size, working = by(answer, "omvang")["doelgroep"], by(answer, "werkzaam")["doelgroep"]
    assert format_number(size - working, "en") in answer.text


def test_a_shortfall_is_a_count_even_where_a_percentage_is_asked_beside_it(assistant):
    answer = assistant.ask("Met hoeveel fta bleef Defensie in 2023 achter op de norm, en welk "
                           "percentage haalde het?")
    doel, real = by(answer, "doel")["defensie"], by(answer, "realisatie")["defensie"]
    assert format_number(doel - real, "nl") in answer.text
    assert "defensie" in by(answer, "realisatiepercentage")


def test_a_shortfall_in_each_year_asked(assistant):
    answer = assistant.ask("Give the provinces' shortfall against target in 2022 and in 2023.")
    gaps = {sf.figure.period for sf in answer.figures if sf.figure.metric == "doel"}
    assert gaps == {"2022", "2023"}


def test_which_sectors_of_one_group_met_their_target(assistant):
    answer = assistant.ask("Welke van de onderwijssectoren haalden hun doel in 2023?")
    subjects = {sf.figure.subject for sf in answer.figures}
    assert subjects and subjects <= {"po", "vo", "mbo", "hbo", "wo", "onderzoeksinstellingen"}


def test_a_percent_sign_asks_for_the_percentages(assistant):
    answer = assistant.ask("verschil mbo hbo 2023 %")
    pct = by(answer, "realisatiepercentage")
    assert set(pct) == {"mbo", "hbo"}


def test_growth_over_a_span_of_years_is_the_change_of_the_level(assistant):
    answer = assistant.ask("Met hoeveel fta groeide het Rijk tussen 2023 en 2024?")
    real = sorted((sf.figure.period, sf.figure.value) for sf in answer.figures
                  if sf.figure.subject == "rijk")
    assert [p for p, _ in real] == ["2023", "2024"]
    assert format_number(real[1][1] - real[0][1], "nl") in answer.text


# -- figures asked in other words ---------------------------------------------------------------
@pytest.mark.parametrize("text, subject, metric", [
    ("de gemeenterealisatie van 2023", "gemeenten", "realisatie"),
    ("het provinciedoel voor 2023", "provincies", "doel"),
    ("waar staat de teller van defensie?", "defensie", "realisatie"),
])
def test_compounds_and_synonyms_name_the_sector_and_metric(text, subject, metric):
    q = understand(text, today=TODAY)
    assert subject in q.subjects and metric in q.metrics


def test_a_percentage_the_letters_do_not_state_is_computed_and_said_to_be(assistant):
    answer = assistant.ask("Welk percentage van hun doelstelling haalde de overheid eind 2024?")
    real, doel = by(answer, "extra_banen")["overheid"], by(answer, "doel")["overheid"]
    share = (real / doel * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert format_number(share, "nl") + "%" in answer.text and "berekend" in answer.text


def test_a_figure_of_a_thing_no_letter_names_is_not_found(assistant):
    answer = assistant.ask("realisatie kinderopvang 2023")
    assert answer.status == "not_found" and answer.figures == []


def test_a_ministry_is_recognised_and_its_missing_figures_are_not_found(assistant):
    answer = assistant.ask("Hoeveel fta realiseerde het ministerie van Financiën in 2016?")
    assert answer.status == "not_found" and answer.figures == []
    assert "Financiën" in answer.text


def test_a_count_including_sroi_adds_the_sroi_jobs_and_the_gap_follows(assistant):
    answer = assistant.ask("Hoeveel fta kwam Defensie in 2023 onder het doel uit als je de "
                           "banen via inkoop meetelt?")
    real = by(answer, "realisatie")["defensie"]
    sroi = by(answer, "sroi")["defensie"]
    doel = by(answer, "doel")["defensie"]
    assert format_number(real + sroi, "nl") in answer.text
    assert format_number(doel - real - sroi, "nl") in answer.text


def test_in_total_beside_a_sector_is_that_sectors_total():
    q = understand("How many fta did the police realise in total in 2023?", today=TODAY)
    assert q.subjects == ["politie"]


@pytest.mark.parametrize("text, subjects", [
    ("Welke overheids- of onderwijssectoren haalden in 2023 hun doel?", ["overheid", "onderwijs"]),
    ("het hoger beroeps- en wetenschappelijk onderwijs in 2023", ["hbo", "wo"]),
])
def test_a_hyphen_sharing_a_word_part_names_both(text, subjects):
    assert understand(text, today=TODAY).subjects == subjects


@pytest.mark.parametrize("text", [
    "Hoeveel fta realiseerde de gemeente Rotterdam in 2023?",
    "How many jobs did the ministries create at the Rijksvastgoedbedrijf (Rijksvastgoedbedrijf) in 2023?",
])
def test_one_member_of_a_sector_is_not_the_sector(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and answer.figures == []
