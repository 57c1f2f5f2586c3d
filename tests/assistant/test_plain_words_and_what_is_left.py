"""Plain words for the letters' terms (a temp agency, a sheltered workshop, public employers),
a term's meaning asked in a softened way, a count of a sector's organisations, the whole a
part is asked of ("Van de 387 fta ..., hoeveel ..."), and what is still needed to reach the
target. Phrasings in no question file; the numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import split_asks, understand
from tests.assistant.stored import states, table_value, values


@pytest.mark.parametrize("text, term", [
    ("Wat wordt nou eigenlijk bedoeld met 'inleenverbanden'?", "inleenverbanden"),
    ("What exactly is meant by the term 'fta'?", "fta"),
    ("Wat verstaat men precies onder een fta?", "fta"),
])
def test_a_softened_definition_asks_the_term(assistant, text, term):
    q = understand(text)
    assert q.operation == "definition" and q.term == term, q
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    cited = " ".join(c.text for c in answer.citations[:1]).lower()
    assert term in cited and ("staat voor" in cited or " zijn " in cited), cited


@pytest.mark.parametrize("text, counted", [
    ("Hoeveel waterschapsorganisaties leverden over 2023 cijfers aan?", "organisaties"),
    ("Van hoeveel gemeentewerkgevers kwamen er gegevens binnen?", "werkgevers"),
])
def test_a_sectors_compound_counts_its_head_and_over_a_year_is_no_bound(text, counted):
    q = understand(text)
    assert q.counted == counted and q.bound is None, q


def test_the_organisations_that_supplied_data_are_quoted_from_the_sentence(assistant):
    answer = assistant.ask("Hoeveel waterschapsorganisaties leverden over 2023 cijfers aan?")
    assert answer.status == "answered", answer.text
    assert "organisaties" in answer.citations[0].text and states(answer.citations[0].text, 33)


@pytest.mark.parametrize("text, subject, metric", [
    ("Hoeveel mensen werkten eind 2016 via een uitzendbureau bij het Rijk?", "rijk",
     "inleenverbanden"),
    ("How many extra jobs had public employers created by end-2024?", "overheid", "extra_banen"),
    ("Hoeveel banen zijn er bij werkgevers bij de overheid sinds 2012 bijgekomen?", "overheid",
     "extra_banen"),
])
def test_plain_names_are_the_letters_terms(text, subject, metric):
    q = understand(text)
    assert subject in q.subjects and q.metrics[:1] == [metric], q


@pytest.mark.parametrize("text", [
    "Hoeveel plaatsen vanuit de sociale werkplaats zijn er sinds 2012 verdwenen?",
    "Since 2012, how many Wsw secondment jobs have been lost?",
])
def test_since_the_baseline_year_is_the_change_since_the_nulmeting(assistant, corpus_store, text):
    q = understand(text)
    assert q.metrics == ["wsw_detacheringen"] and q.since is None and not q.years, q
    answer = assistant.ask(text)
    stored = {abs(v) for v in values(corpus_store, "totaal", "wsw_detacheringen", "2024")}
    assert answer.status == "answered" and states(answer.text, stored), answer.text


@pytest.mark.parametrize("text, metric", [
    ("Van de 387 fta bij de politie eind 2023, hoeveel gingen er via inhuur?", "inleenverbanden"),
    ("Of the 508,5 fta of defence in 2023, how many came through social return?", "sroi"),
])
def test_the_whole_named_first_is_no_ask_of_its_own(assistant, corpus_store, text, metric):
    assert len(split_asks(text)) == 1
    subject = understand(text).subjects[0]
    answer = assistant.ask(text)
    assert states(answer.text, values(corpus_store, subject, metric, "2023")), answer.text


@pytest.mark.parametrize("text, lang", [
    ("Hoeveel banen moet de overheid er nog bij maken om het doel van 2024 te halen?", "nl"),
    ("How many more jobs did government employers still need at end-2024 to reach the target?",
     "en"),
])
def test_what_is_still_needed_is_the_gap_to_the_target(assistant, corpus_store, text, lang):
    q = understand(text)
    assert q.shortfall and q.operation == "shortfall", q
    gap = table_value(corpus_store, "overheid", "doel", "2024") - \
        table_value(corpus_store, "overheid", "extra_banen", "2024")
    answer = assistant.ask(text)
    assert states(answer.text, gap), answer.text


def test_an_adjective_before_a_noun_the_letters_use_is_no_unknown_thing(assistant):
    answer = assistant.ask("Hoeveel Wsw-detacheringen bij reguliere werkgevers zijn er sinds 2012 "
                           "afgenomen?")
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel fta realiseerde de Universiteit Leiden in 2023?",
    "What share of its target did the University of Groningen reach in 2023?",
])
def test_one_named_university_is_not_its_sector(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "Welk aandeel van de banen bij de waterschappen betrof in 2023 een tijdelijk contract?",
    "Hoeveel procent van de banen bij de waterschappen was in 2023 een vast contract?",
    "In 2023, what share of the water boards' jobs were temporary contracts?",
])
def test_a_share_of_the_jobs_by_kind_is_quoted_not_the_share_of_the_target(assistant, text):
    q = understand(text)
    assert "realisatiepercentage" not in q.metrics and q.share_of_other, q
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert "aanstelling" in answer.citations[0].text, answer.citations[0].text


def test_a_capitalised_compound_inside_a_sentence_is_a_name_not_a_sector():
    q = understand("Wat schrijft de directie Werkgeverszaken & Overheidsorganisatie over het "
                   "Rijk in 2024?")
    assert q.subjects == ["rijk"], q
