"""Kinds of question found failing in new question sets, each tried in phrasings no question
file holds:
- a group the letters report only through its members ("het hoger onderwijs") is answered by
  those members; a group with figures of its own ("de overheid") by its own;
- a bound written with a thousands separator ("1.000 fta", "1,000") and "fewer than";
- "did A and B meet their targets": a verdict for each, not for the first alone;
- a term pointed back to ("De term SROI ... Wat betekent dat?") is the term named before,
  and a definition asked beside a figure gets its defining paragraph as well as the figure;
- a verb of decline in one year ("daalde in 2024") is that year's change, not the level;
- a stress accent ("méér", "wél") is emphasis: the word is the plain one;
- terse reasons ("reden daling politie 2023?") are reasons, never a refusal;
- a share stated in a claim and a count asked after it ("...120% van hun opgave? Hoeveel fta
  was dat?"): both.

Expected values come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import split_asks, understand
from core import vocabulary as V
from tests.assistant.stored import states, table_value, values


def _asked(answer) -> set[tuple[str, str]]:
    return {(sf.figure.subject, sf.figure.metric) for sf in answer.figures}


@pytest.mark.parametrize("text", [
    "Hoeveel fta realiseerde het hoger onderwijs eind 2023?",
    "What did higher education achieve against its target in 2023?",
])
def test_a_group_without_figures_of_its_own_is_answered_by_its_members(assistant, text):
    answer = assistant.ask(text)
    subjects = {s for s, _ in _asked(answer)}
    assert subjects == set(V.SUBJECTS["hoger_onderwijs"].members), answer.text


def test_a_group_with_figures_of_its_own_is_answered_as_itself(assistant, corpus_store):
    answer = assistant.ask("Welk deel van hun doel haalde de overheid als geheel in 2024?")
    assert {s for s, _ in _asked(answer)} == {"overheid"}, answer.text
    share = table_value(corpus_store, "overheid", "extra_banen", "2024") * 100 \
        / table_value(corpus_store, "overheid", "doel", "2024")
    assert states(answer.text, round(share, 1)), answer.text


@pytest.mark.parametrize("text, below", [
    ("Welke sectoren kwamen in 2023 boven de 1.000 fta uit?", False),
    ("Which sectors realised fewer than 1,000 fta in 2023?", True),
])
def test_a_bound_with_a_thousands_separator_is_a_count(assistant, text, below):
    q = understand(text)
    assert q.bound is not None and q.bound.limit == 1000 and q.bound.below == below
    answer = assistant.ask(text)
    assert answer.figures and {sf.figure.metric for sf in answer.figures} == {"realisatie"}
    assert all((sf.figure.value < 1000) == below for sf in answer.figures), answer.text


@pytest.mark.parametrize("text, subjects", [
    ("Haalden de provincies en de waterschappen hun doel in 2023?",
     {"provincies", "waterschappen"}),
    ("Did the municipalities and the police reach their targets in 2023?",
     {"gemeenten", "politie"}),
])
def test_did_two_sectors_meet_their_targets_is_a_verdict_for_each(assistant, text, subjects):
    answer = assistant.ask(text)
    assert {s for s, m in _asked(answer) if m == "doel"} == subjects, answer.text


@pytest.mark.parametrize("text, term", [
    ("De term SROI zie ik vaak terug. Wat betekent dat, en hoeveel fta telde defensie daarmee "
     "mee in 2023?", "SROI"),
    ("The letters talk about SROI. What does that mean, and how many fta did defence get "
     "through it in 2023?", "SROI"),
])
def test_a_term_pointed_back_to_is_defined_beside_the_figure(assistant, corpus_store, text,
                                                              term):
    q = understand(text)
    assert [p.term for p in q.parts if p.operation == "definition"] == [term]
    answer = assistant.ask(text)
    assert answer.status == "answered"
    assert states(answer.text, values(corpus_store, "defensie", "sroi", "2023")), answer.text
    assert any("Social Return on Investment" in c.text for c in answer.citations[:5]), \
        [c.text[:80] for c in answer.citations]


def test_a_term_in_quotes_before_the_ask_is_the_one_defined():
    q = understand("In de brief staat steeds 'inleenverbanden'. Wat houdt dat in?")
    assert q.operation == "definition" and q.term == "inleenverbanden"


def test_a_lead_saying_where_to_look_keeps_the_definition_its_own_ask():
    text = ("In the 2024 progress letter, what does 'fta' stand for and why is that the "
            "measure used?")
    assert len(split_asks(text)) == 2
    q = understand(text)
    assert [p.term for p in q.parts if p.operation == "definition"] == ["fta"]


@pytest.mark.parametrize("text", ["Wat is het exacte aantal?", "What is the precise number?"])
def test_the_exact_number_asked_is_no_definition(text):
    assert understand(text).operation != "definition"


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel banen daalde het aantal Wsw-detacheringen in de loop van 2024?", "totaal"),
    ("Met hoeveel fta daalden de banen bij de politie in 2023?", "politie"),
])
def test_a_decline_in_one_year_is_that_years_change(assistant, text, subject):
    q = understand(text)
    assert all(m.startswith("groei") for m in q.metrics), q.metrics
    answer = assistant.ask(text)
    assert answer.figures and all(sf.figure.metric.startswith("groei")
                                  and sf.figure.value < 0 for sf in answer.figures), answer.text


def test_a_decline_in_points_is_a_change_of_the_share():
    q = understand("Met hoeveel procentpunt is het realisatiepercentage van het mbo gedaald "
                   "in 2023?")
    assert q.metrics == ["realisatiepercentage"]


@pytest.mark.parametrize("plain, stressed", [
    ("Hoeveel fta realiseerden de gemeenten in 2023 meer dan de provincies?",
     "Hoeveel fta realiseerden de gemeenten in 2023 méér dan de provincies?"),
    ("Hebben de gemeenten het doel in 2023 wel gehaald?",
     "Hebben de gemeenten het doel in 2023 wél gehaald?"),
])
def test_a_stress_accent_changes_nothing(plain, stressed):
    a, b = understand(plain), understand(stressed)
    assert (a.operation, a.subjects, a.metrics, a.years, a.uncovered) == \
        (b.operation, b.subjects, b.metrics, b.years, b.uncovered)
    assert b.text == stressed


@pytest.mark.parametrize("text, section", [
    ("reden daling politie 2023?", "Politie"),
    ("oorzaak lage realisatie onderzoeksinstellingen 2023", "Onderzoeksinstellingen"),
])
def test_terse_reasons_are_answered_from_the_sectors_paragraph(assistant, text, section):
    assert understand(text).asks_reasons
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any(c.section == section for c in answer.citations[:3]), \
        [c.section for c in answer.citations]


@pytest.mark.parametrize("text, subject, year", [
    ("Klopt het dat de gemeenten in 2023 ruim 120% van hun opgave haalden? Hoeveel fta was "
     "dat?", "gemeenten", "2023"),
])
def test_a_share_claimed_and_a_count_asked_gives_both(assistant, corpus_store, text, subject,
                                                      year):
    answer = assistant.ask(text)
    assert states(answer.text, table_value(corpus_store, subject, "realisatie", year)), \
        answer.text
    assert states(answer.text, table_value(corpus_store, subject, "realisatiepercentage", year))


@pytest.mark.parametrize("text", [
    "Hoe ontwikkelden uitzending en detachering zich bij de overheid?",
    "What happened to agency work and secondment at government employers?",
])
def test_agency_work_and_secondment_in_plain_words_are_the_inleenverbanden(text):
    assert any(m.endswith("inleenverbanden") for m in understand(text).metrics)


@pytest.mark.parametrize("text, quote", [
    ("Waarom had de minister in 2017 geen betrouwbare cijfers over uitzendkrachten per "
     "ministerie?", "Vanwege de gebruikte methode"),
    ("Wat is volgens de resultatenbrief over 2022 een mogelijke oorzaak van de afname van "
     "uitzendingen en detacheringen?", "nieuwe instroom in Wet sociale werkvoorziening"),
])
def test_reasons_asked_in_plain_words_find_the_letters_paragraph(assistant, text, quote):
    answer = assistant.ask(text)
    assert any(quote in c.text for c in answer.citations[:5]), \
        [c.text[:80] for c in answer.citations]


@pytest.mark.parametrize("text", [
    "Waardoor liep het aantal fta bij de politie in 2023 terug?",
    "What caused the police's fall in jobs for the target group during 2023?",
])
def test_waardoor_and_what_caused_ask_reasons(assistant, text):
    q = understand(text)
    assert q.asks_reasons and q.operation == "explain"
    answer = assistant.ask(text)
    assert answer.status == "answered"
    assert any(c.section == "Politie" for c in answer.citations[:3]), \
        [c.section for c in answer.citations]


@pytest.mark.parametrize("text", [
    "Wat is de staatssecretaris voor 2026 van plan met de quotumcalculator voor marktwerkgevers?",
    "What is the State Secretary planning for market employers in 2026 regarding the quota "
    "calculator?",
])
def test_plans_for_a_year_without_figures_are_answered_from_the_letters(assistant, text):
    q = understand(text)
    assert q.asks_plans and q.years == [2026]
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any("2026" in c.text and "marktwerkgevers" in c.text for c in answer.citations[:5])


@pytest.mark.parametrize("text, uncovered", [
    ("How many temp/agency workers did the ministries have at the end of 2016?", ()),
    ("hoeveel banen hadden kappers/bakkers in 2023?", ("kappers", "bakkers")),
])
def test_a_word_beside_a_slash_is_covered_by_its_other_side(text, uncovered):
    assert understand(text).uncovered == uncovered


@pytest.mark.parametrize("text, below, inclusive", [
    ("Which sectors reached 100% or more of their target in 2023?", False, True),
    ("Welke sectoren haalden in 2023 minstens 100% van hun doel?", False, True),
    ("Which sectors were at 22% or less of their target in 2023?", True, True),
    ("Welke sectoren zaten in 2023 onder de 22% van hun doel?", True, False),
])
def test_a_bound_at_least_or_at_most_counts_its_limit(assistant, corpus_store, text, below,
                                                      inclusive):
    q = understand(text)
    assert q.operation == "list_beyond" and q.bound.percent
    assert (q.bound.below, q.bound.inclusive) == (below, inclusive)
    limit = q.bound.limit
    stored = {f.subject: f.value for f in corpus_store.figures(None, "realisatiepercentage")
              if f.period == "2023" and f.source_kind != "prose"}
    expected = {s for s, v in stored.items()
                if v == limit and inclusive or (v < limit if below else v > limit)}
    answer = assistant.ask(text)
    assert {sf.figure.subject for sf in answer.figures} == expected, answer.text


def test_a_figure_of_another_year_asked_beside_the_reasons_is_given(assistant, corpus_store):
    text = ("Wat was het realisatiepercentage van de onderzoeksinstellingen in 2022, en waarom "
            "was het in 2023 lager?")
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, "onderzoeksinstellingen",
                                      "realisatiepercentage", "2022")), answer.text
    assert states(answer.text, values(corpus_store, "onderzoeksinstellingen",
                                      "realisatiepercentage", "2023")), answer.text
