"""A parliamentary lead-in before the ask, a "when" that is a condition, which sectors were
above their target, whether a kind of job counts in a figure, a sum of the parts whose whole
the letters state, and a figure the same in every letter. Phrasings in no question file; the
numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, table_value


@pytest.mark.parametrize("text, subject, metric", [
    ("Bent u bekend met het bericht dat de politie achterblijft? Zo ja, hoeveel fta "
     "realiseerde de politie in 2023?", "politie", "realisatie"),
    ("Are you aware of reports that the provinces fell short? If so, what share of their "
     "2023 target did they reach?", "provincies", "realisatiepercentage"),
])
def test_a_lead_in_is_context_for_the_ask(assistant, corpus_store, text, subject, metric):
    q = understand(text)
    assert q.subjects == [subject] and q.metrics == [metric] and not q.parts, q
    answer = assistant.ask(text)
    assert states(answer.text, table_value(corpus_store, subject, metric, "2023")), answer.text


@pytest.mark.parametrize("text", [
    "What was Defence's 2023 realisation percentage when the SROI jobs are counted?",
    "Wat was het realisatiepercentage van Defensie in 2023 wanneer de banen via inkoop "
    "meetellen?",
])
def test_a_when_before_a_noun_is_a_condition(assistant, corpus_store, text):
    q = understand(text)
    assert q.operation != "when" and q.including_sroi, q
    with_sroi = [f.value for f in corpus_store.figures("defensie", "realisatiepercentage", "2023")
                 if f.qualifier]
    assert with_sroi and states(assistant.ask(text).text, with_sroi)


@pytest.mark.parametrize("text", [
    "Welke sectoren zaten in 2023 boven hun doel?",
    "Which public sector was above its target in 2023?",
])
def test_above_the_target_lists_those_that_met_it(assistant, corpus_store, text):
    assert understand(text).operation == "targets_met", understand(text)
    answer = assistant.ask(text)
    assert answer.status == "answered" and "gemeenten" in {
        sf.figure.subject for sf in answer.figures}, answer.text


@pytest.mark.parametrize("text", [
    "Are the jobs via procurement counted in the sectors' realisation percentages?",
    "Hoe worden banen via inkoop behandeld in de realisatiepercentages per sector?",
])
def test_whether_a_kind_of_job_counts_is_a_method(assistant, text):
    assert understand(text).intent == "explanation", understand(text)
    answer = assistant.ask(text)
    assert answer.status == "answered"
    assert any("buiten de realisatie gelaten" in c.text for c in answer.citations[:5]), \
        [c.text[:80] for c in answer.citations]


@pytest.mark.parametrize("text, year", [
    ("How many extra jobs did market and government add up to in 2022?", "2022"),
    ("Hoeveel extra banen waren er eind 2024 bij markt en overheid opgeteld?", "2024"),
])
def test_a_sum_of_the_national_parts_gives_the_stated_total(assistant, corpus_store, text, year):
    answer = assistant.ask(text)
    total = table_value(corpus_store, "totaal", "extra_banen", year)
    assert any(sf.figure.subject == "totaal" and sf.figure.value == total
               for sf in answer.figures), answer.text
    assert states(answer.text, total)


def test_a_figure_the_same_in_every_letter_cites_each(assistant, corpus_store):
    stated = corpus_store.figures("fta", "definitie")
    assert len({f.value for f in stated}) == 1 and len(stated) >= 2
    answer = assistant.ask("Hoeveel uren telt één baan voor de banenafspraak?")
    assert {f.passage_id for f in stated} <= {c.passage_id for c in answer.citations}
    assert "laatste jaar" not in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "Wij zijn de gemeente Zwolle. Hoe staan we ervoor, en hoeveel fta hadden we in 2023?",
    "How is the province of Drenthe doing? What did we realise in 2023?",
])
def test_an_ask_without_a_subject_of_its_own_is_about_the_member_named(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "Bij welke sector worden Wsw-detacheringen meegeteld?",
    "Under which sector do agency workers count?",
])
def test_where_something_is_counted_is_no_ranking(text):
    assert understand(text).intent == "explanation", understand(text)


@pytest.mark.parametrize("text", [
    "Wat is de som van de nettogroei van markt en overheid in 2024?",
    "Hoeveel bedroeg de nettogroei bij markt en overheid samen in 2024?",
])
def test_the_sum_of_two_net_growths(assistant, corpus_store, text):
    q = understand(text)
    assert q.operation == "sum" and q.metrics == ["groei"], q
    growth = sum(table_value(corpus_store, s, "groei", "2024") if any(
        f.source_kind != "prose" for f in corpus_store.figures(s, "groei", "2024"))
        else corpus_store.figures(s, "groei", "2024")[0].value for s in ("markt", "overheid"))
    assert states(assistant.ask(text).text, growth)


@pytest.mark.parametrize("text", [
    "Bij hoeveel mbo-scholen werkt nog niemand uit de doelgroep, of weet men het niet?",
    "Bij hoeveel mbo-instellingen is er nog geen enkele baan voor iemand uit de doelgroep?",
])
def test_pronouns_name_no_thing_counted(assistant, text):
    q = understand(text)
    assert not set(q.uncovered) & {"iemand", "niemand", "men", "enkele", "weet"}, q
    assert assistant.ask(text).status == "answered"


def test_data_received_is_data_submitted(assistant):
    answer = assistant.ask("Van hoeveel waterschapsorganisaties zijn gegevens ontvangen over "
                           "de banen in 2023?")
    assert answer.status == "answered" and "aangeleverd" in answer.citations[0].text, answer.text


@pytest.mark.parametrize("text", [
    "Welk percentage noemt het SCP voor de overheidswerkgevers?",
    "Hoeveel procent van de werkgevers heeft volgens het SCP iemand met een beperking in dienst?",
])
def test_an_abbreviation_the_letters_write_hyphenated(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any("SCP-rapport" in c.text for c in answer.citations[:5]), answer.text


@pytest.mark.parametrize("text", [
    "Welke maatregelen neemt Defensie om de banenafspraak beter uit te voeren?",
    "Welke stappen zet de politie om meer mensen uit de doelgroep aan te nemen?",
])
def test_measures_of_one_sector_are_answered(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize("text, subject", [
    ("wo 2022 vs 2023: hoeveel fta erbij?", "wo"),
    ("Gemeenten 2022 versus 2023, how many fta added?", "gemeenten"),
])
def test_a_shorthand_change_between_two_years(assistant, corpus_store, text, subject):
    q = understand(text)
    assert q.operation == "change", q
    change = table_value(corpus_store, subject, "realisatie", "2023") - min(
        f.value for f in corpus_store.figures(subject, "realisatie", "2022"))
    assert states(assistant.ask(text).text, abs(change))


def test_after_a_lead_in_the_ask_is_what_is_searched(assistant):
    text = ("Bent u bekend met de wens van de Kamer om cijfers per ministerie te krijgen? Zo ja, "
            "waarom kunnen de inleenverbanden niet per ministerie worden uitgesplitst?")
    assert understand(text).searched.startswith("waarom"), understand(text)
    answer = assistant.ask(text)
    assert any("Vanwege de gebruikte methode" in c.text for c in answer.citations[:5]), \
        [c.text[:60] for c in answer.citations]
