"""Abstention from what the letters cover: a year no figure is of, a sector none of them
names, money where only jobs are counted; and an answer where they do speak (a date they
name, a sector's part via inleenverbanden). Phrasings in no question file; the years
expected are read from the store."""
from __future__ import annotations

import re

import pytest

from assistant.understand import understand


def _reported(corpus_store) -> list[int]:
    return sorted({int(f.period[:4]) for f in corpus_store.figures()})


@pytest.mark.parametrize("template", [
    "Wat waren de resultaten van de overheidswerkgevers over {year}?",
    "Give me the figures for {year}, market and government.",
])
def test_a_year_no_figure_is_of_is_not_found_and_the_years_reported_are_named(
        assistant, corpus_store, template):
    reported = _reported(corpus_store)
    year = next(y for y in range(reported[-1] - 1, 2000, -1) if y not in reported)
    answer = assistant.ask(template.format(year=year))
    assert answer.status == "not_found" and not answer.figures
    # the years it names are years the letters report on (all, or the sectors' own)
    named = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", answer.text)} - {year}
    assert str(year) in answer.text and named and named <= set(reported)


def test_a_year_named_for_a_topic_without_figures_asked_still_gets_passages(assistant):
    answer = assistant.ask("stand van zaken wet vereenvoudiging banenafspraak 2025")
    assert answer.status == "answered"


@pytest.mark.parametrize("text", [
    "What budget is reserved for the Rijk's programme to digitise archives?",
    "Welk bedrag heeft het kabinet uitgetrokken voor de no-riskpolis?",
])
def test_money_is_answered_only_by_an_amount_in_euro(assistant, text):
    assert understand(text).asks_money
    answer = assistant.ask(text)
    assert answer.status == "not_found", answer.text


def test_an_amount_in_euro_the_letters_state_is_quoted(assistant):
    answer = assistant.ask("For what amount does central government place social return "
                           "obligations with suppliers each year?")
    assert answer.status == "answered" and "130 miljoen euro" in answer.text


@pytest.mark.parametrize("text", [
    "How many jobs did the hospitality (horeca) sector realise in 2023?",
    "Wat was de realisatie van de zorgsector in 2023?",
])
def test_a_sector_the_letters_do_not_name_is_not_found(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures


def test_a_day_the_letters_name_is_evidence_of_its_own(assistant):
    answer = assistant.ask("Wat is er gepland voor 1 juli 2026?")
    assert answer.status == "answered"
    assert any("1 juli 2026" in " ".join(c.text.split()) for c in answer.citations)


def test_a_sector_s_part_via_hiring_is_an_amount_not_the_split_key():
    q = understand("Welk deel van de realisatie van Defensie in 2023 liep via inleenverbanden?")
    assert q.metrics == ["inleenverbanden"]
    q = understand("Welk deel van de inleenverbanden ging in 2022 naar de marktsector?")
    assert q.metrics == ["verdeelsleutel"]


@pytest.mark.parametrize("text", [
    "Via welke sporen zet het Rijk in op plaatsingen uit de doelgroep?",
    "Op welke vier manieren werkt het Rijk aan de banenafspraak?",
])
def test_retrieval_s_first_paragraph_naming_the_sector_is_kept_among_the_sector_s_own(
        assistant, text):
    # the nota's "Context" paragraph lists the Rijk's four tracks without the Rijk's heading
    answer = assistant.ask(text)
    assert any("groepsplaatsingen" in c.text for c in answer.citations[:5])
