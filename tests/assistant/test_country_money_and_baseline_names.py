"""English questions that name the country or parliament, a sector the letters lack named the
English way, reasons asked as a rationale, a charge asked (an amount of money, which only a
sentence in euro answers), and the nulmeting by another name or with its date. Phrasings in
no question file; the numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


@pytest.mark.parametrize("text, subject, metric, year", [
    ("How many extra jobs had Dutch employers in the market created by end-2022?", "markt",
     "extra_banen", "2022"),
    ("By end-2024, how many additional jobs did the Netherlands' public employers report?",
     "overheid", "extra_banen", "2024"),
])
def test_naming_the_country_names_nothing_unknown(assistant, corpus_store, text, subject,
                                                  metric, year):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert states(answer.text, table_value(corpus_store, subject, metric, year)), answer.text


def test_a_sector_the_letters_lack_named_in_english_is_not_found(assistant):
    answer = assistant.ask("How many fte did the Dutch retail sector realise in 2023?")
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "The academic hospitals find their target unrealistic. What rationale do they give?",
    "Wat is de onderbouwing van de umc's om hun opgave onrealistisch te noemen?",
])
def test_a_rationale_asks_the_reasons(text):
    assert understand(text).intent == "explanation"


@pytest.mark.parametrize("text", [
    "Hoe hoog wordt de boete per baan die een werkgever niet invult?",
    "How high would the levy be for each job an employer does not fill?",
])
def test_a_charge_asked_is_money_and_no_jobs_figure_answers_it(assistant, text):
    q = understand(text)
    assert q.asks_money, q
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel banen waren er eind 2022 in totaal, de beginmeting meegeteld?",
    "How many jobs were there at end-2022 in all, with the 2012 baseline counted in?",
])
def test_the_nulmeting_by_another_name_or_with_its_date(assistant, corpus_store, text):
    q = understand(text)
    assert q.metrics == ["totaal_banen"] and q.years == [2022], q
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "totaal", "totaal_banen", "2022")), answer.text


def test_direct_employment_contracts_are_formal_jobs():
    q = understand("Hoeveel extra banen bij de overheid waren eind 2024 arbeidscontracten bij "
                   "de werkgever zelf?")
    assert q.metrics[:1] == ["formele_dienstverbanden"], q
