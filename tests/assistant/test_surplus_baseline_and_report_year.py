"""A surplus over the target however it is put ("overshoot", "above their 2023 target"); the
total counted with the nulmeting's jobs whichever side of the noun the inclusion stands; the
asker's own name in brackets for something the letters never mention; and a paragraph that
names no year speaking of the year its letter reports on.

The phrasings are in no question file; expected numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import table_value


@pytest.mark.parametrize("text", [
    "By how many fta did the municipalities overshoot their 2023 goal?",
    "How far above their 2023 target did the municipalities end up, in fta?",
    "Hoeveel fta zaten de gemeenten boven hun 2023-doel?",
])
def test_a_surplus_however_put_is_the_gap_to_the_target(assistant, corpus_store, text):
    q = understand(text)
    assert q.shortfall, q
    answer = assistant.ask(text)
    gap = table_value(corpus_store, "gemeenten", "realisatie", "2023") - \
        table_value(corpus_store, "gemeenten", "doel", "2023")
    assert gap > 0
    values = {sf.figure.value for sf in answer.figures}
    assert {table_value(corpus_store, "gemeenten", "realisatie", "2023"),
            table_value(corpus_store, "gemeenten", "doel", "2023")} <= values, answer.text


@pytest.mark.parametrize("text", [
    "totaal banen doelgroep eind 2022, dus incl. wat er al was bij de nulmeting?",
    "Hoeveel banen waren er eind 2022 in totaal, de banen van de nulmeting meegerekend?",
    "Jobs at the end of 2022 overall, with the baseline jobs included?",
])
def test_the_total_with_the_baseline_jobs_is_not_the_baseline(text):
    q = understand(text)
    assert q.metrics == ["totaal_banen"] and not q.at_baseline, q
    assert q.periods == ["2022"] and not q.uncovered, q


@pytest.mark.parametrize("text, name", [
    ("What realisation percentage did the safety regions (veiligheidsregio's) reach in 2023?",
     "veiligheidsregio's"),
    ("Hoeveel banen realiseerden de omgevingsdiensten (omgevingsdienst) in 2023?",
     "omgevingsdienst"),
])
def test_a_name_in_brackets_the_letters_never_use_is_not_found(assistant, text, name):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and name in answer.text, answer.text
    assert not answer.figures


@pytest.mark.parametrize("text", [
    "Wat was het doel van de umc's (universitaire medische centra) in 2023?",
    # an English gloss of a word the letters say in Dutch (inkoop, formele)
    "About how many jobs did primary education create by buying services (procurement) in 2023?",
    "By how many jobs did the market's direct hires (formal) grow in 2024?",
])
def test_a_known_name_in_brackets_is_still_answered(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "answered" and answer.figures, answer.text


def test_a_paragraph_without_a_year_speaks_of_its_letters_year(assistant, corpus_store):
    # the mbo paragraph on schools without jobs names no year; its letter reports on 2023
    answer = assistant.ask("How many mbo schools still had no jobs for the target group in 2023?")
    assert answer.status == "answered", answer.text
    cited = [c for c in answer.citations if "mbo-scholen" in c.text]
    assert cited, answer.text
    letter_years = {f.period for f in corpus_store.figures() if f.doc_id == cited[0].doc_id}
    assert "2023" in letter_years


@pytest.mark.parametrize("text", [
    "If you add the SROI jobs to hbo's 2023 realisation, what total do you get?",
    "Hoeveel banen heeft het hbo in 2023 met de banen via SROI erbij opgeteld?",
])
def test_fta_and_sroi_jobs_are_added_where_the_letters_percentage_adds_them(assistant,
                                                                            corpus_store, text):
    answer = assistant.ask(text)
    real = table_value(corpus_store, "hbo", "realisatie", "2023")
    sroi = [f.value for f in corpus_store.figures("hbo", "sroi") if f.period == "2023"][0]
    from assistant.wording import number
    assert number(real + sroi, understand(text).language) in answer.text, answer.text
    assert any(sf.figure.metric == "realisatiepercentage" and sf.figure.qualifier
               for sf in answer.figures), answer.text

