"""Where each number of an answer comes from: a cited passage, a stored figure, or arithmetic on
the answer's own figures. `unexplained(...)` lists the numbers that come from none of them.

The rule of the answers (DESIGN.md): numbers only from stored figures or cited quotes. The
figure answers also compute (a gap, a sum, a ratio, a share, the gap per year) from the figures
they cite; those results are allowed as arithmetic on the answer's figures, nothing else is.
"""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations
from typing import Any, Iterable

from assistant.quoted import quoted_percentages
from assistant.writer import _NUMBER, numbers_in

_MARK = re.compile(r"\[\d+\]")
_NOTE = re.compile(r"^(Let op|Note): ")
_ORDINAL = re.compile(r"(?:^|[:;]\s|\.\s)(\d{1,2})\.\s")     # "Volgorde: 1. po ...; 2. vo"
ROUNDING = Decimal("0.05")
PERCENT_ROUNDING = Decimal("0.51")      # a computed share is written to the whole percent
YEARS_APART = range(1, 16)              # "the gap per year" over the years left


def _values(texts: Iterable[str]) -> set[Decimal]:
    out: set[Decimal] = set()
    for text in texts:
        out |= {abs(v) for v in numbers_in(text or "")}
    return out


def _computed(value: Decimal, figures: list[Decimal]) -> bool:
    """A difference, sum, ratio, share, relative change or per-year gap of the answer's
    figures."""
    for a, b in combinations(figures, 2):
        if abs(abs(a - b) - value) <= ROUNDING or abs(a + b - value) <= ROUNDING:
            return True
        for x, y in ((a, b), (b, a)):
            if y and (abs(x / y - value) <= ROUNDING
                      or abs(x / y * 100 - value) <= PERCENT_ROUNDING):
                return True
            if any(abs(abs(x - y) / n - value) <= ROUNDING for n in YEARS_APART):
                return True
            # a change as a share of where it started ("een groei van 8,0%")
            if y and abs(abs(x - y) / abs(y) * 100 - value) <= PERCENT_ROUNDING:
                return True
    if len(figures) > 2 and abs(sum(figures) - value) <= ROUNDING:
        return True
    # several targets together less their realisations together (a shortfall of them all),
    # or the one sum as a share of the other
    if 4 <= len(figures) <= 14:
        total = sum(figures)
        for part in combinations(figures, len(figures) // 2):
            a, b = sum(part), total - sum(part)
            if abs(abs(a - b) - value) <= ROUNDING or any(
                    y and abs(x / y * 100 - value) <= PERCENT_ROUNDING for x, y in ((a, b), (b, a))):
                return True
    # a target less a realisation and its SROI jobs: what is left to go
    return any(abs(abs(a - b - c) - value) <= ROUNDING
               for a in figures for b, c in combinations([f for f in figures if f is not a], 2))


def unexplained(question: str, answer: dict[str, Any], stored: Iterable = (),
                history: Iterable[str] = ()) -> list[str]:
    """The numbers of `answer["text"]` (an Answer.to_dict()) that no cited passage states, no
    figure of the answer holds, the question does not name, and no arithmetic on the answer's
    figures gives. `stored`: the store's figures (Figure records); their periods are what a
    not_found answer may list as held, and the values of the answer's subjects are what a note
    on disagreeing letters may give."""
    citations = answer.get("citations", [])
    sources = [f.get("source") or {} for f in answer.get("figures", [])]
    allowed = _values([c.get("text", "") for c in citations + sources]
                      + [c.get("label", "") for c in citations + sources]
                      + [question, *history])
    figures = [abs(Decimal(str(f["value"]))) for f in answer.get("figures", [])]
    subjects = {f.get("subject") for f in answer.get("figures", [])}
    allowed |= set(figures)
    # the points between two shares one cited passage states ("58,8 ... 18,3 procent": 40,5)
    allowed |= {abs(a - b) for c in citations for a, b in combinations(
        quoted_percentages(c.get("text", "")), 2)}
    stored = list(stored)
    for f in stored:
        allowed |= _values([str(f.period)])
        if f.subject in subjects:
            allowed.add(abs(f.value))
    # a note on letters that disagree gives the stored figures that disagree
    noted = allowed | {abs(f.value) for f in stored}
    body, notes = [], []
    for line in _MARK.sub(" ", answer.get("text") or "").splitlines():
        (notes if _NOTE.match(line) else body).append(line)
    return _outside("\n".join(body), allowed, figures) + _outside("\n".join(notes), noted, figures)


def _outside(text: str, allowed: set[Decimal], figures: list[Decimal]) -> list[str]:
    ordinals = {Decimal(n) for n in _ORDINAL.findall(text)}
    out = []
    for token in _NUMBER.findall(text):
        readings = {abs(v) for v in numbers_in(token)}
        if readings & allowed or readings & ordinals or any(_computed(r, figures)
                                                            for r in readings):
            continue
        out.append(token)
    return out
