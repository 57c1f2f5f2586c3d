"""Everyday questions found failing in dev48 and fixed by kind, each tried in phrasings no
question file holds:
- how the asker frames the ask ("ik ben benieuwd", "I was wondering") and recency words
  ("de nieuwste cijfers", "the newest figures") are no content of their own: the figure is
  answered, not sent to the passages;
- "what percent of the goal" is the share of the target reached, not the target;
- "the most recent figures" is the latest year, not a ranking ("most");
- "voltijdsbanen" and "full-time equivalent jobs" count fta;
- jobs by outsourcing to firms that employ the target group are the SROI jobs, and those firms
  are not the market sector asked about;
- an ask that points back at a statement ("Hoeveel banen moet dat opleveren?") is about what
  the statement is about, which no figure of the sector covers;
- how a sector did in a year the letters count its jobs, but not that one, is not found (a
  paragraph of another year is not how it did then).

Expected values come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.figure_lookup import INCLUDING
from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


def _latest(store, subject: str) -> str:
    return max(f.period for f in store.figures(subject, "realisatie") if "-Q" not in f.period)


@pytest.mark.parametrize("text, subject", [
    ("Ik werk bij een provincie en ben benieuwd: hoeveel banen hebben de provincies samen "
     "volgens de nieuwste cijfers?", "provincies"),
    ("I was wondering how many jobs the police have according to the newest figures?",
     "politie"),
])
def test_the_askers_frame_and_recency_words_are_no_content(assistant, corpus_store, text,
                                                           subject):
    assert not understand(text).about_other_things
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    latest = _latest(corpus_store, subject)
    assert states(answer.text, values(corpus_store, subject, "realisatie", latest)), answer.text


def test_percent_of_the_goal_is_the_share_reached(assistant, corpus_store):
    text = "How many jobs did the universities have in 2023, and what percent of the goal does that come to?"
    assert "realisatiepercentage" in understand(text).metrics
    answer = assistant.ask(text)
    assert states(answer.text, table_value(corpus_store, "wo", "realisatie", "2023")), answer.text
    assert states(answer.text, table_value(corpus_store, "wo", "realisatiepercentage", "2023")), \
        answer.text


def test_the_most_recent_figures_are_no_ranking(assistant, corpus_store):
    text = "What are the most recent figures for Defence: how many jobs and what percent of its target?"
    assert understand(text).operation != "rank"
    answer = assistant.ask(text)
    latest = _latest(corpus_store, "defensie")
    assert {sf.figure.subject for sf in answer.figures} == {"defensie"}, answer.text
    assert states(answer.text, values(corpus_store, "defensie", "realisatie", latest)), answer.text


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel voltijdsbanen had de politie in 2023?", "politie"),
    ("How many full-time equivalent jobs did the provinces have in 2023?", "provincies"),
])
def test_full_time_jobs_count_fta(assistant, corpus_store, text, subject):
    assert understand(text).asks_count
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert states(answer.text, table_value(corpus_store, subject, "realisatie", "2023")), \
        answer.text


def test_outsourcing_to_firms_is_sroi_and_the_firms_are_no_market(assistant, corpus_store):
    text = ("If Defence's outsourcing to firms employing disabled people is counted too, what "
            "share of its 2023 target did it reach?")
    q = understand(text)
    assert q.subjects == ["defensie"] and q.including_sroi
    with_sroi = {f.value for f in corpus_store.figures("defensie", "realisatiepercentage")
                 if f.period == "2023" and INCLUDING in (f.qualifier or "")}
    assert with_sroi
    assert states(assistant.ask(text).text, with_sroi)


def test_counting_in_what_a_statement_names():
    q = understand("De politie koopt veel in via social return. Als je die banen meetelt, "
                   "welk percentage van het doel haalde ze in 2023?")
    assert q.subjects == ["politie"] and q.including_sroi


def test_an_ask_pointing_back_at_a_statement_is_about_its_content(assistant, corpus_store):
    text = ("Het Rijk laat archieven digitaliseren door mensen uit de doelgroep. Hoeveel banen "
            "moet dat opleveren?")
    assert understand(text).about_other_things
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    realised = {f.value for f in corpus_store.figures("rijk", "realisatie")}
    assert not any(sf.figure.value in realised for sf in answer.figures), answer.text
    assert any("archie" in c.text.lower() or "opleveren" in c.text for c in answer.citations)


@pytest.mark.parametrize("text, subject, year", [
    ("Hoe deden de waterschappen het in 2024?", "waterschappen", "2024"),
    ("How did the provinces fare in 2021?", "provincies", "2021"),
])
def test_how_a_sector_did_in_a_year_not_counted_is_not_found(assistant, corpus_store, text,
                                                             subject, year):
    held = {f.period for f in corpus_store.figures(subject, "realisatie")}
    assert held and year not in held
    answer = assistant.ask(text)
    assert answer.status == "not_found", answer.text
    assert not answer.figures
