"""A verb two asks share ("hoeveel de markt en hoeveel de overheid tekortkwamen"), a sector's
part "daarvan" after a statement, "hit the target", what is still needed "om aan het doel te
komen", "which exceeded its target", and a sector's members
counted by another of its names. Phrasings in no question file; the numbers come from the
stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, table_value, values


def _gap(store, subject, year):
    return table_value(store, subject, "doel", year) - \
        table_value(store, subject, "extra_banen" if subject in ("markt", "overheid")
                    else "realisatie", year)


@pytest.mark.parametrize("text", [
    "Hoeveel banen bleven de markt en hoeveel de overheid in 2024 achter?",
    "For 2024, by how many jobs did the market and by how many did government fall short?",
])
def test_a_gap_verb_two_asks_share_is_each_asks(assistant, corpus_store, text):
    answer = assistant.ask(text)
    for subject in ("markt", "overheid"):
        assert states(answer.text, _gap(corpus_store, subject, "2024")), (subject, answer.text)


def test_a_sectors_part_after_a_statement_is_its_part_via_hiring(assistant, corpus_store):
    answer = assistant.ask("De politie realiseerde eind 2023 387 fta. Welk deel daarvan kwam "
                           "via inleenverbanden?")
    assert states(answer.text, values(corpus_store, "politie", "inleenverbanden", "2023")), \
        answer.text


@pytest.mark.parametrize("text", [
    "Did the provinces hit their 2023 target, and by how many fta did they undershoot it?",
    "Hoeveel fta had de politie in 2023 nog moeten realiseren om aan haar doel te komen?",
])
def test_hitting_the_target_and_what_was_still_needed(assistant, corpus_store, text):
    subject = understand(text).subjects[0]
    assert states(assistant.ask(text).text, _gap(corpus_store, subject, "2023"))


def test_which_exceeded_its_target_lists_those_that_met_it(assistant, corpus_store):
    text = "Welke overheidssector ging in 2023 over zijn doel heen, en met hoeveel fta?"
    q = understand("Which government sector exceeded its 2023 target, and by how many fta?")
    assert q.operation in ("target_met", "targets_met"), q
    answer = assistant.ask("Which government sector exceeded its 2023 target, and by how many "
                           "fta?")
    assert states(answer.text, -_gap(corpus_store, "gemeenten", "2023")), answer.text
    assert assistant.ask(text).status == "answered"


def test_a_sectors_members_counted_by_another_of_its_names(assistant):
    answer = assistant.ask("Bij hoeveel mbo-instellingen werkten in 2023 nog geen mensen uit de "
                           "doelgroep?")
    assert answer.status == "answered" and states(answer.citations[0].text, 14), answer.text


def test_the_split_of_the_hired_a_statement_speaks_of(assistant, corpus_store):
    text = ("Ingeleende krachten worden over markt en overheid verdeeld. Welk percentage werd "
            "over 2022 aan de markt toegerekend?")
    q = understand(text)
    assert q.metrics == ["verdeelsleutel"], q
    assert states(assistant.ask(text).text, values(corpus_store, "markt", "verdeelsleutel", "2022"))
