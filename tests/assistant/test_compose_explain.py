"""Composed explanation answers over the real corpus: a lead, at most five cited points from
more than one section, the figures of what was asked, the English frame, and every number of
every evaluation answer found in a cited passage or a stored figure."""
from __future__ import annotations

import json
import re

import pytest

from assistant import explain as E
from assistant.grounding import unexplained
from core.config import PROJECT_ROOT

EDUCATION = "Hoe staat het onderwijs ervoor en waarom blijft het achter?"
POINT = re.compile(r"^- (?:(?P<section>[^“]+): )?“(?P<quote>.+)” \[(?P<n>\d+)\]$", re.M)


def points(text: str) -> list[re.Match]:
    return list(POINT.finditer(text))


def test_a_group_question_gets_its_members_figures_and_reasons_from_several_sections(assistant):
    answer = assistant.ask(EDUCATION).to_dict()
    assert answer["status"] == "answered"
    members = {f["subject"] for f in answer["figures"] if f["period"] == "2023"}
    assert {"po", "vo", "mbo", "hbo", "wo"} <= members
    lead = answer["text"].split("\n\n")[0]
    assert "1.290 fta" in lead and "5.845 fta" in lead       # po's realisation of its target
    found = points(answer["text"])
    assert 2 <= len(found) <= E.MAX_POINTS
    sections = {answer["citations"][int(m["n"]) - 1]["section"] for m in found}
    assert len(sections) >= 2, sections
    # each point is a sentence of the passage it cites, as written (a cut one up to its …)
    for m in found:
        cited = " ".join(answer["citations"][int(m["n"]) - 1]["text"].split())
        assert m["quote"].rstrip(" …") in cited
    assert "bevoegdheidseisen" in answer["text"]          # the reason the letters give


def test_points_are_not_near_duplicates(assistant):
    text = assistant.ask("Why is the police behind its target?").text
    quotes = [m["quote"] for m in points(text)]
    assert quotes and len(set(quotes)) == len(quotes)
    words = [set(re.findall(r"[^\W\d_]{3,}", q.lower())) for q in quotes]
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            assert len(a & b) < E.SAME_WORDS * min(len(a), len(b))


def test_an_english_question_gets_the_english_frame_and_dutch_quotes_marked(assistant):
    text = assistant.ask("How is the police doing in 2023 and why?").text
    assert text.startswith("In 2023 the police realised 387 fta")
    assert "From the letters (quoted in Dutch):" in text
    assert "Uit de brieven" not in text


def test_a_why_without_a_year_or_status_gets_no_figures(assistant):
    answer = assistant.ask("Waarom vinden onderwijssectoren het moeilijk om banen te creëren?")
    assert answer.status == "answered" and answer.figures == []


def test_figures_and_reasons_asked_together_state_the_figures_once(assistant):
    text = assistant.ask("What was politie's realisation in 2023 and why is it behind?").text
    assert text.count("387 fta") == 1 or text.split("\n\n")[0].count("387") == 1
    assert points(text)


def _questions():
    files = sorted((PROJECT_ROOT / "eval").glob("*.jsonl")) + \
        sorted((PROJECT_ROOT.parent / "shared" / "eval").glob("*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield row.get("question") or row["q"], row.get("history") or []


def test_every_number_of_every_evaluation_answer_is_in_its_evidence(assistant):
    """Over all the evaluation's questions: each number of the answer text is in a cited
    passage, a stored figure of the answer (or the question), or arithmetic on its figures."""
    questions = list(_questions())
    assert len(questions) > 500
    stored = assistant.store.figures()
    bad = []
    for question, history in questions:
        answer = assistant.ask(question, history).to_dict()
        out = unexplained(question, answer, stored, history)
        if out:
            bad.append((question, out))
    assert bad == [], bad[:10]


def test_the_check_finds_a_number_no_evidence_holds():
    answer = {"text": "In 2023 realiseerde de politie 388 fta [1].", "figures": [],
              "citations": [{"text": "Realisatie 387 fta", "label": "Kamerstuk 34 352, nr. 328"}]}
    assert unexplained("Wat realiseerde de politie in 2023?", answer) == ["388"]
    answer["text"] = "In 2023 realiseerde de politie 387 fta [1]."
    assert unexplained("Wat realiseerde de politie in 2023?", answer) == []


def test_the_check_allows_the_gap_of_targets_together_and_no_other_number():
    # po and vo in the form of the letters: targets 5.845 and 3.809, realisations 1.290 and 840;
    # together 7.524 short, which no pair of them gives; 7.525 is no arithmetic on them
    figures = [{"value": v, "subject": s} for v, s in (("5845", "po"), ("3809", "vo"),
                                                       ("1290", "po"), ("840", "vo"))]
    answer = {"text": "Samen kwamen zij 7.524 fta tekort.", "figures": figures, "citations": []}
    assert unexplained("Hoeveel tekort samen?", answer) == []
    answer["text"] = "Samen kwamen zij 7.525 fta tekort."
    assert unexplained("Hoeveel tekort samen?", answer) == ["7.525"]


def test_the_check_allows_the_share_of_targets_together():
    # realisations 1.290 and 840 of targets 5.845 and 3.809: together 22,1% of the target
    figures = [{"value": v, "subject": s} for v, s in (("5845", "po"), ("3809", "vo"),
                                                       ("1290", "po"), ("840", "vo"))]
    answer = {"text": "Samen is dat 22,1% van het doel.", "figures": figures, "citations": []}
    assert unexplained("Welk percentage samen?", answer) == []
    answer["text"] = "Samen is dat 23,9% van het doel."
    assert unexplained("Welk percentage samen?", answer) == ["23,9"]
