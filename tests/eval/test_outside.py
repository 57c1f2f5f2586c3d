"""The outside rules (shared/eval/README.md) that the held-back questions are scored by, on
answers written out as Answer.to_dict() gives them, and the question files in that format."""
from __future__ import annotations

import json

import pytest

from eval import outside


def answer(text="", status="answered", figures=(), citations=()):
    return {"status": status, "text": text, "figures": list(figures),
            "citations": list(citations), "notes": []}


def test_a_figure_needs_its_value_and_its_quote_in_a_cited_source():
    q = {"id": "x", "kind": "figure", "q": "?", "values": [387], "quote": "Realisatie 387 fta"}
    cited = {"text": "Politie Doel 713 fta Realisatie 387 fta"}
    assert outside.judge(q, answer("387 fta [1]", citations=[cited])) == ""
    assert outside.judge(q, answer("387 fta [1]")) == "quote not in a cited source"
    assert outside.judge(q, answer("713 fta", citations=[cited])) == "value missing"


def test_numbers_match_in_either_notation_and_in_figures():
    assert outside.value_present(5078, answer("5.078 fta"))
    assert outside.value_present(5078, answer("5,078 fta"))
    assert outside.value_present(54.3, answer("54,3%"))
    assert outside.value_present(54.3, answer("", figures=[{"value": "54.3"}]))
    assert not outside.value_present(54, answer("54,3%"))


def test_strings_match_any_alternative_case_insensitively():
    q = {"id": "x", "kind": "derived", "q": "?", "values": ["gemeenten|municipalities", 1070]}
    assert outside.judge(q, answer("The Municipalities came 1,070 fta above")) == ""
    assert outside.judge(q, answer("1.070 fta boven het doel")).startswith("missing")


def test_none_wants_not_found_without_figures():
    q = {"id": "x", "kind": "none", "q": "?"}
    assert outside.judge(q, answer(status="not_found")) == ""
    assert outside.judge(q, answer("12 fta")) != ""
    assert outside.judge(q, answer(status="not_found", figures=[{"value": "1"}])) != ""


def test_text_needs_the_quote_in_the_first_five_citations():
    q = {"id": "x", "kind": "text", "q": "?", "quote": "de bevoegdheidseisen"}
    late = [{"text": "ander"}] * 5 + [{"text": "vanwege de bevoegdheidseisen"}]
    assert outside.judge(q, answer(citations=late)) == "quote not in a cited source"
    assert outside.judge(q, answer(citations=late[4:])) == ""


@pytest.mark.parametrize("path", [outside.HELDOUT, outside.HELDOUT.parent / "dev2.jsonl"])
def test_the_project_sets_load_and_quote_the_letters_exactly(path):
    from core.config import DEFAULT_CORPUS
    letters = [p.read_text(encoding="utf-8") for p in DEFAULT_CORPUS.glob("*.txt")]
    rows = outside.load(path)
    assert len(rows) >= 50
    for row in rows:
        if row.get("quote"):
            assert any(row["quote"] in text for text in letters), row["id"]


def test_a_malformed_line_names_file_and_line(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text(json.dumps({"id": "a", "q": "?", "kind": "figure"}) + "\n{nope\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit, match=r"q.jsonl:2: not JSON"):
        outside.load(bad)
    bad.write_text(json.dumps({"id": "a", "q": "?", "kind": "other"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"q.jsonl:1: kind 'other'"):
        outside.load(bad)
