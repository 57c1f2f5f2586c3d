"""Scoring one answer against one gold question (eval/QUESTIONS.md), number-aware.

A figure counts when its value (Dutch or English notation, within the rounding the source
states), its unit and its year are right in the answer's text or figures, AND a cited passage
(a citation's text or a figure's source) writes that number the way the letter does. Answers
are scored as `Answer.to_dict()` data, so recorded answers score exactly like live ones.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from core.aliases import subject_spans
from eval.numbers import (dutch_forms, mentions, states_number, units_agree, value_agrees,
                          years)

TOP_K = 5
_NEGATIVE = re.compile(r"\b(not|niet|no|nee|missed|geen|short|below|onder|never|nooit|"
                       r"didn['’]t|did\s+not|haven['’]t)\b", re.IGNORECASE)
_POSITIVE = re.compile(r"\b(yes|ja|met|achieved|reached|exceeded|surpassed|behaald|gehaald|"
                       r"bereikt|overtroffen|ruimschoots)\b", re.IGNORECASE)


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def relevant(text: str, evidence: list[str]) -> bool:
    """A passage is relevant when it holds every evidence phrase (white space and case aside):
    the one rule for the evaluation and the retrieval benchmark."""
    body = norm(text)
    return all(norm(e) in body for e in evidence)


@dataclass
class Outcome:
    """What one answer got right and wrong; `failures` says why it is not correct."""
    id: str
    lang: str
    kind: str
    expected_status: str
    status: str
    correct: bool = False
    values_total: int = 0
    values_right: int = 0
    value_ok: bool | None = None          # every expected value stated and sourced
    ranking_ok: bool | None = None
    met_ok: bool | None = None
    mention_ok: bool | None = None        # must_mention words in the text or a cited passage
    notes_ok: bool | None = None          # a disagreement the gold expects is noted
    retrieval_scorable: bool = False
    rank: int | None = None               # first relevant citation within the top 5
    citation_precision: float | None = None
    abstention_ok: bool = False
    figures_when_not_found: bool = False
    latency_ms: float = 0.0
    failures: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _cited_texts(answer: dict) -> list[str]:
    """Every passage the answer cites: its citations and its figures' sources, once each."""
    seen, texts = set(), []
    for item in list(answer.get("citations", [])) + \
            [f.get("source") or {} for f in answer.get("figures", [])]:
        text = item.get("text") or ""
        key = item.get("passage_id") or text
        if text and key not in seen:
            seen.add(key)
            texts.append(text)
    return texts


def stated_values(expected: dict, answer: dict, *, need_year: bool = True) -> list[Decimal]:
    """The values in the answer that state `expected` (right value, unit and year)."""
    target = Decimal(expected["value"])
    tolerance = Decimal(expected.get("tolerance", "0"))
    unit = expected["unit"]
    # A definition (25,5 hours per fta) holds for every year: the gold gives it no period.
    year = (expected.get("period") or "")[:4]
    need_year = need_year and bool(year)
    found: list[Decimal] = []
    for fig in answer.get("figures", []):
        value = Decimal(str(fig["value"]))
        if (units_agree(unit, fig.get("unit")) and value_agrees(value, target, tolerance, True)
                and (not need_year or str(fig.get("period") or "")[:4] == year)):
            found.append(value)
    text = answer.get("text") or ""
    if not need_year or int(year) in years(text):
        for m in mentions(text):
            if units_agree(unit, m.unit):
                found += [r for r in m.readings if value_agrees(r, target, tolerance, m.signed)]
    return found


def sourced(expected: dict, answered: list[Decimal], cited: list[str]) -> bool:
    """A cited passage writes the expected value, or the answer's own reading of it."""
    candidates = {Decimal(expected["value"])} | set(answered)
    return any(states_number(text, v) for text in cited for v in candidates)


def verdict(text: str) -> bool | None:
    """Whether the answer's first sentence says the target was met (None: it does not say)."""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0] if text.strip() else ""
    if _NEGATIVE.search(first):
        return False
    return True if _POSITIVE.search(first) else None


def _subject_order(answer: dict) -> tuple[list[str], list[str]]:
    by_figures: list[str] = []
    for fig in answer.get("figures", []):
        if fig.get("subject") and fig["subject"] not in by_figures:
            by_figures.append(fig["subject"])
    by_text: list[str] = []
    for _, _, subject in subject_spans(answer.get("text") or ""):
        if subject not in by_text:
            by_text.append(subject)
    return by_figures, by_text


def _holds(text: str, question: dict) -> bool:
    body = norm(text)
    if any(norm(e) in body for e in question.get("evidence", [])):
        return True
    exp = question["expected"]
    return any(states_number(text, Decimal(v["value"]))
               for v in exp.get("values", []) + exp.get("also_stated", []))


def score(question: dict, answer: dict, latency_ms: float = 0.0,
          scorable: bool = False) -> Outcome:
    """`scorable`: some single passage of the store holds all the question's evidence, so
    retrieval can be judged (the retrieval benchmark's rule)."""
    exp = question["expected"]
    status = answer.get("status", "")
    out = Outcome(question["id"], question["lang"], question["kind"], exp["status"], status,
                  latency_ms=latency_ms)
    cited = _cited_texts(answer)
    expect_nf = exp["status"] == "not_found"
    out.abstention_ok = (status == "not_found") == expect_nf
    out.figures_when_not_found = status == "not_found" and bool(answer.get("figures"))
    if expect_nf:
        out.correct = out.abstention_ok and not out.figures_when_not_found
        if not out.abstention_ok:
            out.failures.append("answered where the letters hold no answer")
        if out.figures_when_not_found:
            out.failures.append("not_found with figures")
        return out
    if status != "answered":
        out.failures.append(f"status {status!r}")

    _score_values(question, answer, cited, out)
    _score_ranking_and_verdict(question, answer, out)
    if exp.get("must_mention"):
        haystack = " ".join([answer.get("text") or ""] + cited).casefold()
        missing = [w for w in exp["must_mention"] if w.casefold() not in haystack]
        out.mention_ok = not missing
        if missing:
            out.failures.append(f"must_mention missing: {', '.join(missing)}")
    if question.get("notes_expected"):
        stated = [Decimal(v["value"]) for v in exp["values"] + exp.get("also_stated", [])]
        noted = [r for note in answer.get("notes", []) for m in mentions(note) for r in m.readings]
        out.notes_ok = all(v in noted for v in stated)

    citations = answer.get("citations", [])[:TOP_K]
    out.retrieval_scorable = scorable
    if scorable:
        out.rank = next((i for i, c in enumerate(citations, 1)
                         if relevant(c.get("text") or "", question["evidence"])), None)
    if status == "answered" and cited:
        out.citation_precision = sum(_holds(t, question) for t in cited) / len(cited)

    parts = [out.value_ok, out.ranking_ok, out.met_ok, out.mention_ok]
    out.correct = status == "answered" and all(p is not False for p in parts)
    return out


def _score_values(question: dict, answer: dict, cited: list[str], out: Outcome) -> None:
    exp = question["expected"]
    values = exp.get("values", [])
    if exp.get("ranking"):     # a ranking must state the values of the subjects it names
        values = [v for v in values if v["subject"] in exp["ranking"]]
    checks = [(v, True) for v in values]
    if "result" in exp:        # a derived result is computed: no passage states it
        checks.append((exp["result"], False))
    for v, needs_source in checks:
        out.values_total += 1
        stated = stated_values(v, answer, need_year=needs_source)
        label = " ".join(str(p) for p in (v.get("subject", "result"), v["metric"],
                                            v.get("period"), v["value"], v["unit"]) if p)
        if not stated:
            out.failures.append(f"not stated: {label}")
        elif needs_source and not sourced(v, stated, cited):
            out.failures.append(f"no cited passage holds {dutch_forms(Decimal(v['value']))[0]}"
                                f" ({label})")
        else:
            out.values_right += 1
    if checks:
        out.value_ok = out.values_right == out.values_total


def _score_ranking_and_verdict(question: dict, answer: dict, out: Outcome) -> None:
    exp = question["expected"]
    if exp.get("ranking"):
        want = exp["ranking"]
        by_figures, by_text = _subject_order(answer)
        out.ranking_ok = by_figures[:len(want)] == want or by_text[:len(want)] == want
        if not out.ranking_ok:
            out.failures.append(f"ranking {by_figures[:len(want)] or by_text[:len(want)]} "
                                f"!= {want}")
    if "met" in exp:
        said = verdict(answer.get("text") or "")
        out.met_ok = said is exp["met"]
        if not out.met_ok:
            out.failures.append(f"target met: said {said}, expected {exp['met']}")
