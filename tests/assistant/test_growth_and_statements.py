"""Growth adds up over subjects, an ask after a statement is read with the subjects the
statement names, an explanation's lead states only the metric asked, and an English question
about a programme the parse does not place finds the paragraph on it.

The phrasings are in no question file; expected numbers come from the stored figures, never
written down, so the test holds for whatever the letters state."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from assistant.wording import number


def _growth(corpus_store, subject: str, period: str = "2024"):
    found = [f for f in corpus_store.figures(subject, "groei") if f.period == period]
    assert found, f"no growth of {subject} in {period} stored"
    return found[0].value


@pytest.mark.parametrize("text", [
    "Tel de groei van de markt en die van de overheid in 2024 bij elkaar op: hoeveel banen?",
    "Market and government employers together: what was their joint growth in 2024?",
])
def test_the_growth_of_two_subjects_adds_up(assistant, corpus_store, text):
    q = understand(text)
    assert q.operation == "sum" and q.metrics == ["groei"]
    answer = assistant.ask(text)
    total = _growth(corpus_store, "markt") + _growth(corpus_store, "overheid")
    assert number(total, q.language) in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "De brief van juli 2025 noemt de groei voor markt en overheid apart. Hoeveel is dat samen?",
    "The letter gives the 2024 growth of market and of government employers on their own. "
    "What do they come to combined?",
])
def test_an_ask_after_a_statement_adds_up_the_subjects_the_statement_names(text):
    q = understand(text)
    assert set(q.subjects) == {"markt", "overheid"}
    assert q.operation == "sum"


def test_an_ask_after_a_statement_naming_one_subject_is_no_sum():
    q = understand("De brief noemt de groei van de overheid in 2024. Hoeveel was dat samen "
                   "met de inleenverbanden?")
    assert q.subjects == ["overheid"] and q.operation != "sum"


@pytest.mark.parametrize("text", [
    "What explains the total growth of 2024, and how large was it?",
    "Waardoor kwam de totale groei in 2024 tot stand?",
])
def test_an_explanation_of_growth_leads_with_no_target(assistant, corpus_store, text):
    q = understand(text)
    assert "groei" in q.metrics
    answer = assistant.ask(text)
    targets = {number(f.value, q.language) for f in corpus_store.figures("totaal", "doel")}
    assert not any(sf.figure.metric == "doel" for sf in answer.figures), answer.text
    assert not any(t in answer.text.split("\n")[0] for t in targets), answer.text


@pytest.mark.parametrize("text", [
    "How many lasting jobs should the programme for digitising archives bring?",
    "What does the archive digitisation programme of central government expect to yield?",
])
def test_english_words_for_a_programme_find_its_paragraph(assistant, corpus_store, text):
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    cited = " ".join(c.text for c in answer.citations)
    assert "archieven" in cited and "digitaliseren" in cited
