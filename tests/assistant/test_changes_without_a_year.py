"""A change asked without naming a year ("met hoeveel procentpunt is het gestegen") is the
change into the latest year the letters report; where they report one year only, the answer
says which, once. Phrasings in no question file; the numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states


def _latest_two(store, subject, metric):
    periods = sorted({f.period for f in store.figures(subject, metric) if "-Q" not in f.period})
    return periods[-2:]


@pytest.mark.parametrize("text, subject", [
    ("Met hoeveel procentpunt is het realisatiepercentage van de politie gestegen?", "politie"),
    ("How many percentage points did the police's achievement rate rise?", "politie"),
    ("Met hoeveel is het realisatiepercentage van het Rijk omhoog gegaan?", "rijk"),
])
def test_a_change_without_a_year_is_the_latest_change(assistant, corpus_store, text, subject):
    q = understand(text)
    assert q.operation == "change" and not q.years, q
    earlier, later = _latest_two(corpus_store, subject, "realisatiepercentage")
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert earlier in answer.text and later in answer.text, answer.text
    values = {f.value for f in corpus_store.figures(subject, "realisatiepercentage")}
    assert any(states(answer.text, v) for v in values), answer.text


@pytest.mark.parametrize("text", [
    "Met hoeveel fta is de realisatie van defensie toegenomen?",
    "By how much did defence's realisation increase?",
])
def test_one_year_only_says_which_once_and_gives_no_change(assistant, corpus_store, text):
    answer = assistant.ask(text)
    years = _latest_two(corpus_store, "defensie", "realisatie")
    assert len(years) == 1, years    # the letters give one year of defence's realisation
    assert answer.status == "not_found" and not answer.figures, answer.text
    assert years[0] in answer.text, answer.text
    assert answer.text.count("Defensie") + answer.text.count("Defence") == 1, answer.text
