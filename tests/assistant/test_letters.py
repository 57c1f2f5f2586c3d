"""The letter a question names, and the section of it the question names by its heading.
The documents are the ingested corpus's; phrasings in no question file."""
from __future__ import annotations

import pytest

from assistant.letters import heading_words, letter_ref, named_letters


@pytest.fixture
def documents(corpus_store):
    return corpus_store.documents()


def _by_date(documents, date):
    return [d.doc_id for d in documents if d.date == date]


@pytest.mark.parametrize("text, date", [
    ("Wat staat er in de brief van 13 december 2024 over de politie?", "2024-12-13"),
    ("What did the letter of 3 July 2025 say about the quota?", "2025-07-03"),
    ("Wat adviseert de nota van oktober 2025?", "2025-10-10"),
])
def test_a_letter_is_named_by_its_date_or_month(documents, text, date):
    assert named_letters(letter_ref(text), documents) == _by_date(documents, date)


def test_a_letter_is_named_by_its_number_or_its_kind(documents):
    numbered = [d for d in documents if d.kamerstuk and "nr." in d.kamerstuk][0]
    number = numbered.kamerstuk.split("nr.")[1].strip()
    assert named_letters(letter_ref(f"Wat staat in Kamerstuk nr. {number}?"), documents) == [numbered.doc_id]
    assert named_letters(letter_ref("Wat adviseert de nota?"), documents) == [
        d.doc_id for d in documents if d.kind == "nota"]
    assert letter_ref("Wat staat er in de brieven over 2023?") is None


def test_a_heading_the_question_uses_counts_its_words():
    assert heading_words("Wat is het geadviseerde besluit?", "Geadviseerd besluit", "nl") == 2
    assert heading_words("Wat is het geadviseerde besluit?", "Kern", "nl") == 0
    assert heading_words("Wat is het geadviseerde besluit?", None, "nl") == 0


def test_the_section_of_the_named_letter_answers_first(assistant, documents):
    nota = [d for d in documents if d.kind == "nota"][0]
    answer = assistant.ask("Welk besluit wordt geadviseerd in de nota?")
    assert answer.status == "answered"
    first = answer.citations[0]
    assert first.doc_id == nota.doc_id and "besluit" in (first.section or "").lower()
