"""Questions from people who do not know the letters' words, found failing in dev46 and fixed
by kind, each tried in phrasings no question file holds:
- a year named by the calendar ("vorig jaar", "last year") that no letter has counted yet is
  answered with the latest year counted, and says so;
- "the latest figures" of a gap or a verdict are of the latest year with both a target and a
  realisation (a target set for a later year has nothing to set against);
- everyday names: "the army", "provinciale overheden", "town halls", jobs "by buying
  services" (SROI), the jobs "there when the count began" (the nulmeting);
- a description after an employer's name ("Binnenwerk, die rijksorganisatie ...") names no
  second subject;
- "hoe ver is X met het halen van haar doel" asks the share of the target reached, "how far
  short" the gap;
- "dat er ... banen bij kwamen": a subordinate clause's verb last is still growth.

Expected values come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


def _latest_counted(store) -> str:
    return max(f.period[:4] for m in ("realisatie", "extra_banen") for f in store.figures(None, m))


@pytest.mark.parametrize("text", [
    "Met hoeveel banen groeide Binnenwerk vorig jaar?",
    "How many jobs were added at Binnenwerk last year?",
])
def test_last_year_not_yet_counted_is_the_latest_year_counted(assistant, corpus_store, text):
    assert understand(text).calendar_year
    answer = assistant.ask(text)
    latest = _latest_counted(corpus_store)
    assert answer.status == "answered", answer.text
    assert {sf.figure.period for sf in answer.figures} == {latest}, answer.text
    assert states(answer.text, values(corpus_store, "binnenwerk", "groei", latest))
    assert any(latest in n for n in answer.notes), answer.notes


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel banen komt de overheid volgens de meest recente cijfers tekort op haar doel?",
     "overheid"),
    ("By the latest figures, how many jobs short of the national target is the country?",
     "totaal"),
])
def test_the_latest_gap_is_of_the_latest_year_with_target_and_realisation(
        assistant, corpus_store, text, subject):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    periods = {sf.figure.period for sf in answer.figures}
    assert len(periods) == 1, answer.text
    year = periods.pop()
    real = "extra_banen" if corpus_store.figures(subject, "extra_banen") else "realisatie"
    gap = table_value(corpus_store, subject, "doel", year) - table_value(corpus_store, subject,
                                                                         real, year)
    assert states(answer.text, gap), answer.text


@pytest.mark.parametrize("text, subject", [
    ("How many jobs had the army created by the end of 2023?", "defensie"),
    ("Wat was het doel van de provinciale overheden in 2023?", "provincies"),
    ("How many jobs did the town halls realise in 2023?", "gemeenten"),
])
def test_everyday_names_of_sectors(text, subject):
    assert understand(text).subjects == [subject]


@pytest.mark.parametrize("text", [
    "How many jobs did the universities create by buying services in 2023?",
    "Hoeveel banen leverden aanbestedingen bij de universiteiten in 2023 op?",
])
def test_jobs_by_buying_services_are_the_sroi(text):
    assert "sroi" in understand(text).metrics


def test_the_jobs_there_when_the_count_began_are_the_nulmeting(assistant, corpus_store):
    text = ("Hoeveel banen waren er eind 2024 in totaal, met de banen die er al waren toen de "
            "telling begon erbij?")
    answer = assistant.ask(text)
    assert {sf.figure.metric for sf in answer.figures} == {"totaal_banen"}, answer.text
    assert states(answer.text, values(corpus_store, "totaal", "totaal_banen", "2024"))


@pytest.mark.parametrize("text", [
    "Hoeveel banen had Binnenwerk, de organisatie binnen het Rijk waar mensen in teams werken, "
    "eind 2024?",
    "How many jobs did Binnenwerk, the central government's own placement service, have at the "
    "end of 2024?",
])
def test_a_description_of_an_employer_names_no_second_subject(text):
    assert understand(text).subjects == ["binnenwerk"]


def test_a_list_of_sectors_is_no_description():
    q = understand("Hoeveel fta realiseerden de politie, de provincies en de waterschappen in 2023?")
    assert set(q.subjects) == {"politie", "provincies", "waterschappen"}


@pytest.mark.parametrize("text, metric", [
    ("Hoe ver was Defensie in 2023 met het halen van haar doel?", "realisatiepercentage"),
    ("How close did the universities come to their target in 2023?", "realisatiepercentage"),
    ("How far short of its target was Defence in 2023?", "doel"),
])
def test_how_far_along_is_the_share_how_far_short_the_gap(text, metric):
    assert metric in understand(text).metrics


def test_a_subordinate_clause_verb_last_is_growth():
    q = understand("Is het waar dat er bij Binnenwerk in 2024 ruim 200 banen bij kwamen?")
    assert q.metrics == ["groei"]


@pytest.mark.parametrize("text", [
    "Waarom hebben scholen volgens de voortgangsbrief over 2023 zoveel moeite om mensen met een "
    "beperking aan te nemen?",
    "Why do schools find it so hard to hire people with a disability, according to the 2023 "
    "progress letter?",
])
def test_a_group_asked_finds_the_letters_section_about_that_group(assistant, text):
    assert understand(text).subjects == ["onderwijs"]
    answer = assistant.ask(text)
    assert any(c.section == "Onderwijssectoren" for c in answer.citations[:5]), \
        [c.section for c in answer.citations]


@pytest.mark.parametrize("text", [
    "Waarom werd de quotumregeling in 2017 voor overheidswerkgevers geactiveerd, en gold de "
    "heffing direct?",
    "Why was the quota scheme switched on for government employers in 2017, and did they "
    "have to pay straight away?",
])
def test_a_yes_or_no_ask_after_a_comma_is_an_ask_of_its_own(assistant, text):
    q = understand(text)
    assert len(q.parts) == 2, q.parts
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any("uitstel van de heffing" in c.text for c in answer.citations[:5])


@pytest.mark.parametrize("text", [
    "Per wanneer valt het onderscheid tussen werkgevers in de markt en de overheid weg?",
    "When does the split between private and public employers in the agreement end?",
])
def test_when_a_distinction_ends_is_a_date_not_a_gap(assistant, text):
    q = understand(text)
    assert q.operation == "when"
    answer = assistant.ask(text)
    assert answer.status == "answered" and not answer.figures, answer.text
