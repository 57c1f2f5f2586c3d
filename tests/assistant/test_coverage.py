"""Answer only what was asked: content the parse does not place goes to the passages, and the
operations that the outside questions showed missing (a gap to the target either way, a figure
with and without SROI, a change of two subjects). Each kind is tried in phrasings that no
question file of the project contains, on the real corpus."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.coverage import uncovered
from assistant.understand import CUE_PATTERNS, understand
from core.aliases import find_subjects
from core.numbers import format_number

TODAY = dt.date(2026, 12, 1)


def stated(answer) -> set[tuple[str, str, str, Decimal]]:
    return {(sf.figure.subject, sf.figure.metric, sf.figure.period, sf.figure.value)
            for sf in answer.figures}


# -- what the parse covers ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kunt u aangeven hoeveel fta de waterschappen in 2023 hebben gerealiseerd?",
    "What was the target of the police in 2023?",
    "doel gemeenten 2023",
    "Zet de onderwijssectoren in volgorde van realisatiepercentage, van laag naar hoog.",
])
def test_a_figure_question_leaves_nothing_uncovered(text):
    assert understand(text, today=TODAY).uncovered == ()


@pytest.mark.parametrize("text", [
    "Wat vindt de Inspectie van het Onderwijs van de begeleiding van werknemers bij de politie?",
    "Does the ministry of Defence publish its realisation in a separate annual report?",
    "Hoe staat het met de samenwerking tussen Binnenwerk en de departementale werkgevers?",
])
def test_content_beyond_a_figure_is_uncovered(text):
    q = understand(text, today=TODAY)
    assert q.about_other_things, q.uncovered


def test_uncovered_keeps_the_words_in_text_order():
    words = uncovered("Wat vindt de ondernemingsraad van de realisatie van de politie?",
                      CUE_PATTERNS)
    assert words == ["vindt", "ondernemingsraad"]


# -- vocabulary matching ----------------------------------------------------------------------
@pytest.mark.parametrize("text, subjects", [
    ("het primair en het voortgezet onderwijs", ["po", "vo"]),
    ("primary and secondary education", ["po", "vo"]),
    ("people on the target-group register", ["doelgroep"]),
])
def test_shared_head_words_and_hyphens_name_each_sector(text, subjects):
    assert find_subjects(text) == subjects


# -- routing on the real corpus ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Wat stelt de brief over de samenwerking van de gemeenten met de sociaal "
    "ontwikkelbedrijven bij de realisatie?",
    "Is the realisation of the education sectors reported through the annual accounts of "
    "the school boards?",
])
def test_a_question_about_something_else_gets_passages_not_a_figure(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered"
    assert answer.figures == []
    assert answer.citations


def test_a_figure_with_more_asked_keeps_the_figure_and_adds_the_paragraphs(assistant):
    answer = assistant.ask("Hoeveel banen realiseerde het vo via inkoop in 2023, en hoe is "
                           "dat aantal door de scholen zelf vastgesteld?")
    assert ("vo", "sroi", "2023", Decimal("273")) in stated(answer)
    assert len(answer.citations) >= 2


# -- a gap to the target, either way ----------------------------------------------------------
@pytest.mark.parametrize("text, gap", [
    ("Met hoeveel fta bleef de politie in 2023 onder haar doel?", Decimal("326")),
    ("By how much did the police fall short of their target in 2023?", Decimal("326")),
    ("Met hoeveel fta overtroffen de gemeenten in 2023 hun taakstelling?", None),
])
def test_a_gap_to_the_target_is_target_minus_realisation(assistant, text, gap):
    q = understand(text, today=TODAY)
    assert q.intent == "difference" and q.shortfall
    answer = assistant.ask(text)
    doel = next(sf.figure.value for sf in answer.figures if sf.figure.metric == "doel")
    real = next(sf.figure.value for sf in answer.figures if sf.figure.metric == "realisatie")
    if gap is not None:
        assert doel - real == gap
    assert format_number(abs(doel - real), q.language) in answer.text


# -- with and without SROI ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hoeveel procentpunt hoger komt het vo in 2023 uit inclusief inkoop?",
    "What difference does counting social return make to the hbo's 2023 percentage?",
])
def test_the_percentage_with_and_without_sroi(assistant, text):
    answer = assistant.ask(text)
    pcts = [sf for sf in answer.figures if sf.figure.metric == "realisatiepercentage"]
    assert len(pcts) == 2, answer.text
    plain, incl = sorted(pcts, key=lambda sf: "SROI" in (sf.figure.qualifier or "").upper())
    assert incl.figure.value > plain.figure.value
    points = incl.figure.value - plain.figure.value
    assert format_number(points, understand(text).language) in answer.text


# -- a change of each of two subjects ------------------------------------------------------------
def test_two_subjects_between_two_years_give_each_subjects_change(assistant):
    answer = assistant.ask("Hoe veranderden de realisatiepercentages van mbo en hbo tussen "
                           "2022 en 2023?")
    subjects = {sf.figure.subject for sf in answer.figures}
    periods = {sf.figure.period for sf in answer.figures}
    assert subjects == {"mbo", "hbo"} and periods == {"2022", "2023"}


# -- the paragraph that states the figure in words -----------------------------------------------
def test_a_large_figure_also_cites_the_paragraph_that_states_it(assistant):
    answer = assistant.ask("Totaal aantal extra banen eind 2024?")
    assert answer.status == "answered"
    holding = [c for c in answer.citations if "89.616" in c.text]
    assert len(holding) >= 2, [c.text[:80] for c in answer.citations]


# -- sums over subjects ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hoeveel fta realiseerden hbo en wo in 2023 bij elkaar opgeteld?",
    "How many fta did the universities of applied sciences and the research universities "
    "achieve together in 2023?",
])
def test_figures_of_several_subjects_add_up(assistant, text):
    answer = assistant.ask(text)
    parts = [sf.figure for sf in answer.figures if sf.figure.metric == "realisatie"]
    assert {f.subject for f in parts} == {"hbo", "wo"}
    total = sum(f.value for f in parts)
    assert format_number(total, understand(text).language) in answer.text


# -- a count is not answered by a percentage -----------------------------------------------------
def test_a_count_asked_of_a_year_with_only_a_percentage_is_not_found(assistant):
    answer = assistant.ask("Hoeveel fta realiseerde de politie in 2024?")
    assert answer.status == "not_found" and answer.figures == []


# -- questions with two asks -----------------------------------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("Wat was het doel van de waterschappen in 2023? En hoeveel fta is daarvan ingevuld?", 2),
    ("How many fta did the provinces realise in 2023, and why is that below target?", 2),
    ("Hoeveel fta realiseerde defensie in 2023?", 1),
    ("Which sector did best in 2023, and what was it?", 1),      # "what was it" is no ask
])
def test_a_question_is_split_into_its_asks(text, n):
    from assistant.understand import split_asks
    assert len(split_asks(text)) == n


def test_an_ask_without_its_own_sector_or_year_takes_the_questions():
    q = understand("Hoeveel fta realiseerden de waterschappen in 2023? En waarom bleef dat "
                   "achter bij het doel?", today=TODAY)
    assert len(q.parts) == 2
    assert q.parts[1].subjects == ["waterschappen"] and q.parts[1].years == [2023]
    assert q.parts[1].operation == "explain"


def test_each_ask_is_answered_and_sources_are_numbered_once(assistant):
    answer = assistant.ask("Wat was het doel van de provincies in 2023, en waarom noemen de "
                           "provincies het lastig om dat doel te halen?")
    assert ("provincies", "doel", "2023", Decimal("458.3")) in stated(answer)
    marks = {int(m) for m in __import__("re").findall(r"\[(\d+)\]", answer.text)}
    assert marks == set(range(1, len(answer.citations) + 1))
    assert len(answer.citations) >= 2


def test_a_section_about_several_sectors_asked_comes_before_one_about_one(assistant):
    answer = assistant.ask("Why do primary schools, secondary schools and vocational colleges "
                           "struggle to employ this group as teachers?")
    assert any("bevoegdheidseisen" in c.text for c in answer.citations[:3])


@pytest.mark.parametrize("text", ["provincies fta 2025", "umc's banen 2019"])
def test_shorthand_for_a_sectors_year_the_letters_lack_is_not_found(assistant, text):
    q = understand(text, today=TODAY)
    assert q.intent == "figure"
    answer = assistant.ask(text)
    assert answer.status == "not_found" and answer.figures == []


# -- a statement before the question ---------------------------------------------------------------
def test_the_ask_after_a_statement_is_parsed_and_takes_its_sector_and_year():
    q = understand("In de brief van 13 december 2024 staat dat de provincies hun doel bijna "
                   "haalden. Kunt u aangeven hoeveel fta zij in 2023 realiseerden?", today=TODAY)
    assert q.subjects == ["provincies"] and q.years == [2023] and q.operation == "value"


def test_a_relative_clause_after_a_comma_is_no_second_ask():
    from assistant.understand import split_asks
    assert len(split_asks("What did the police realise in 2023, which the letter calls "
                          "disappointing?")) == 1
    assert len(split_asks("politie 2023 % + tekort fta?")) == 2


def test_asks_naming_their_own_sectors_are_answered_each(assistant):
    answer = assistant.ask("Met hoeveel fta overtroffen de gemeenten hun doel in 2023, en "
                           "hoeveel fta kwam de politie in 2023 tekort?")
    gaps = {sf.figure.subject for sf in answer.figures if sf.figure.metric == "doel"}
    assert gaps == {"gemeenten", "politie"}


def test_an_amount_in_a_paragraph_must_be_of_the_thing_asked(assistant):
    answer = assistant.ask("Hoe hoog is de boete per niet-vervulde baan volgens de brief "
                           "van 3 juli 2025?")
    assert answer.status == "not_found"
