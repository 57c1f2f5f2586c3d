"""Two kinds of phrasing: asking what a term means ("wat wordt verstaan onder", "what is
meant by"), and asking who did better against the target, which is the share of the target
reached, never the size of the targets. Phrasings in no question file."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from assistant.wording import number


@pytest.mark.parametrize("text, term", [
    ("Wat wordt er verstaan onder een inleenverband?", "inleenverband"),
    ("What is meant by a nulmeting?", "nulmeting"),
    ("Wat is de definitie van een fta?", "fta"),
])
def test_the_meaning_of_a_term_is_a_definition(text, term):
    q = understand(text)
    assert (q.operation, q.term) == ("definition", term)


def test_a_definition_is_answered_from_the_paragraph_that_gives_it(assistant):
    answer = assistant.ask("Wat wordt verstaan onder inleenverbanden?")
    assert answer.status == "answered" and not answer.figures
    assert "uitzendrelaties" in answer.citations[0].text


@pytest.mark.parametrize("text", [
    "Deed de politie het in 2023 beter dan Defensie ten opzichte van hun doel?",
    "Who performed better relative to their target in 2023, the provinces or the water boards?",
    "Hoeveel procentpunt scheelden gemeenten en provincies in 2023 afgezet tegen hun doel?",
])
def test_doing_well_against_the_target_compares_the_share_reached(text):
    q = understand(text)
    assert q.metrics == ["realisatiepercentage"] and q.operation == "compare"


def test_the_comparison_gives_the_difference_in_points(assistant, corpus_store):
    pct = {f.subject: f.value for f in corpus_store.figures(None, "realisatiepercentage")
           if f.period == "2023" and f.subject in ("politie", "defensie")
           and f.source_kind != "prose"}
    answer = assistant.ask("Wie scoorde in 2023 beter afgezet tegen het eigen doel: de politie "
                           "of Defensie?")
    assert number(abs(pct["defensie"] - pct["politie"]), "nl") in answer.text


@pytest.mark.parametrize("text, term", [
    ("Wat is een fta binnen de banenafspraak?", "fta"),
    ("What is meant by SROI in the letters?", "SROI"),
    ("Wat zijn inleenverbanden volgens de brieven?", "inleenverbanden"),
])
def test_where_a_term_is_used_is_no_part_of_the_term(text, term):
    q = understand(text)
    assert (q.operation, q.term) == ("definition", term), q


@pytest.mark.parametrize("text, defined", [
    # the defining paragraph is found whatever the question's other words, English too
    ("Wat is een fta binnen de banenafspraak, en hoeveel uur per week telt die?", "staat voor"),
    ("What are hiring arrangements in the jobs agreement?", "inleenverbanden zijn"),
])
def test_a_term_asked_among_other_words_is_answered_by_its_definition(assistant, text,
                                                                      defined):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert any(defined in c.text.lower() for c in answer.citations[:5]), \
        [c.text[:80] for c in answer.citations]
