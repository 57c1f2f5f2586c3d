"""A figure the store does not hold but a paragraph states is quoted, never read or
recomputed: cited, answered, with a note that it is quoted, not a stored figure."""
from __future__ import annotations

import re

import pytest

from core.config import DEFAULT_CORPUS

# FICTIEF: one sentence with two values for one figure, which the extractor leaves out.
LETTER = """FICTIEF — testbrief

Voortgang banenafspraak bij de politie over 2031

Politie

De politie heeft haar telling over 2031 herzien. Volgens de eigen telling realiseerde de politie in 2031 612 fta, volgens de telling van het UWV 598 fta; het verschil komt door detacheringen die de eenheden zelf registreren.

Dat verschil wordt in 2032 met het UWV uitgezocht.
"""
SENTENCE = "Volgens de eigen telling realiseerde de politie in 2031 612 fta"


@pytest.fixture(scope="module")
def quoting(tmp_path_factory, monkeypatch_module):
    from assistant.assistant import Assistant
    from index.update import store_and_index
    root = tmp_path_factory.mktemp("quoted")
    letters = root / "letters"
    letters.mkdir()
    (letters / "fictief-telling-2031.txt").write_text(LETTER, encoding="utf-8")
    monkeypatch_module.setenv("BANEN_DATA_DIR", str(root / "data"))
    done = store_and_index([DEFAULT_CORPUS, letters])
    assert done.ingest.ok and done.indexed
    a = Assistant.load(root / "data", writer=None)
    a.writer = None
    yield a
    a.store.close()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_the_letter_states_it_but_the_store_does_not(quoting):
    assert not quoting.store.figures(subject="politie", period="2031")


@pytest.mark.parametrize("question, note", [
    ("Hoeveel fta realiseerde de politie in 2031?", "Geciteerd"),
    ("What was the police's realisation in 2031?", "Quoted"),
    ("politie realisatie 2031", "Geciteerd"),
])
def test_the_stating_sentence_is_quoted_and_cited(quoting, question, note):
    answer = quoting.ask(question)
    assert answer.status == "answered", answer.text
    lead = answer.text.split("\n\n")[0]
    assert SENTENCE in lead and answer.citations[0].doc_id == "fictief-telling-2031"
    assert any(n.startswith(note) for n in answer.notes)
    # no number outside the quote
    outside = (lead.split("“")[0] + lead.split("”")[-1]).replace(answer.citations[0].label(), "")
    assert not re.search(r"\d", re.sub(r"\[\d+\]", "", outside)), lead


@pytest.mark.parametrize("question", [
    "Wat was het doel van de politie in 2031?",       # the sentence states no target
    "Hoeveel fta realiseerde Defensie in 2031?",       # nor another sector's
    "Hoeveel fta realiseerde de politie in 2030?",     # nor another year
])
def test_no_quote_for_what_the_sentence_does_not_state(quoting, question):
    assert quoting.ask(question).status == "not_found"
