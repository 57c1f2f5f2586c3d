"""A kind of job's growth over a span of periods (the change of its level where no growth is
stated for the span), the growth of a count a statement names, and a year named by its start
where the letters count its first quarter. Phrasings in no question file; the numbers come
from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, values


def _hired_change(store) -> set:
    before, after = values(store, "rijk", "inleenverbanden", "2016"), \
        values(store, "rijk", "inleenverbanden", "2017-Q1")
    return {a - b for a in after for b in before}


@pytest.mark.parametrize("text", [
    "How many more hired-in placements did the ministries count in Q1 2017 than at the end "
    "of 2016?",
    "Hoeveel steeg het aantal ingeleende krachten bij de ministeries van eind 2016 naar het "
    "eerste kwartaal van 2017?",
    "By how much did the ministries' temp agency placements grow from end-2016 to the first "
    "quarter of 2017?",
])
def test_growth_of_a_kind_of_job_over_a_span_is_the_change_of_its_level(
        assistant, corpus_store, text):
    answer = assistant.ask(text)
    assert answer.status != "not_found", answer.text
    assert states(answer.text, _hired_change(corpus_store)), answer.text


@pytest.mark.parametrize("text", [
    "The ministries track temp agency staff themselves. By how much did that figure rise "
    "from end-2016 to Q1 2017?",
    "De ministeries houden zelf de ingehuurde mensen uit de doelgroep bij. Met hoeveel groeide "
    "dat aantal van eind 2016 tot het eerste kwartaal van 2017?",
])
def test_the_growth_of_a_count_the_statement_names(assistant, corpus_store, text):
    q = understand(text)
    assert any("inleen" in m for m in q.metrics), q
    assert states(assistant.ask(text).text, _hired_change(corpus_store))


@pytest.mark.parametrize("text", [
    "Hoeveel banen waren er begin 2022 in de marktsector dankzij social return?",
    "At the start of 2022, how many market-sector jobs came from social return clauses?",
    "Hoeveel SROI-banen telde de markt aan het begin van 2022?",
])
def test_the_start_of_a_year_the_letters_count_by_its_first_quarter(
        assistant, corpus_store, text):
    q = understand(text)
    assert q.start_of == (2022,) and q.years == [2021], q
    answer = assistant.ask(text)
    assert answer.status != "not_found", answer.text
    assert states(answer.text, values(corpus_store, "markt", "sroi", "2022-Q1")), answer.text


def test_the_start_of_a_year_the_letters_count_at_its_end_stays_the_year_before(
        assistant, corpus_store):
    # the level at the end of 2022 is what stood at the start of 2023
    answer = assistant.ask("Hoeveel extra banen had de marktsector begin 2023?")
    assert states(answer.text, values(corpus_store, "markt", "extra_banen", "2022")), \
        answer.text


@pytest.mark.parametrize("text, subject, period", [
    ("How many target-group positions did Binnenwerk have at the end of 2024?",
     "binnenwerk", "2024"),
    ("Hoeveel banen boven de nulmeting hadden de overheidswerkgevers eind 2022?",
     "overheid", "2022"),
    ("How many jobs above the baseline did market employers have in 2024?", "markt", "2024"),
])
def test_jobs_of_the_target_group_and_above_the_baseline_are_the_extra_jobs(
        assistant, corpus_store, text, subject, period):
    q = understand(text)
    assert q.subjects == [subject] and "nulmeting" not in q.metrics, q
    metric = "realisatie" if subject == "binnenwerk" else "extra_banen"
    assert states(assistant.ask(text).text, values(corpus_store, subject, metric, period))


def test_growth_above_the_baseline_over_a_span_is_the_change_of_the_extra_jobs(
        assistant, corpus_store):
    text = "How much did government employers' jobs above the baseline rise from 2022 to 2024?"
    change = {b - a for a in values(corpus_store, "overheid", "extra_banen", "2022")
              for b in values(corpus_store, "overheid", "extra_banen", "2024")}
    assert states(assistant.ask(text).text, change)


@pytest.mark.parametrize("text, subject", [
    ("How far away from its target was the police in 2023?", "politie"),
    ("Hoe ver zaten de provincies in 2023 af van hun opgave?", "provincies"),
])
def test_how_far_from_the_target_is_the_gap(assistant, corpus_store, text, subject):
    q = understand(text)
    assert q.shortfall, q
    gap = {d - r for d in values(corpus_store, subject, "doel", "2023")
           for r in values(corpus_store, subject, "realisatie", "2023")}
    assert states(assistant.ask(text).text, gap | {-g for g in gap})


@pytest.mark.parametrize("text", [
    "Hoe komt het dat niet bekend is hoeveel ingeleende mensen uit de doelgroep per "
    "ministerie werken?",
    "Waarom kon de minister niet per ministerie zeggen hoeveel uitzendkrachten er werkten?",
])
def test_an_amount_a_reason_is_about_is_not_asked(assistant, text):
    q = understand(text)
    assert not q.how_much, q
    answer = assistant.ask(text)
    cited = " ".join(c.text for c in answer.citations[:5])
    assert answer.status != "not_found" and "Vanwege de gebruikte methode" in cited, answer.text
