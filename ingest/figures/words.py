"""The words around a number in running text: its unit, its clause, where its quote starts,
and the candidate figure a sentence reader proposes for it.

Shared by the two prose readers: statements.py (fixed shapes such as "van A naar B") and
attribution.py (a lone value whose subject, metric and year come from the words around it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.aliases import metric_spans
from ingest.figures.blocks import BlockContext
from ingest.figures.numbers import DutchNumber
from ingest.figures.periods import YearMention

UNIT_AFTER = re.compile(r"\s*(?P<unit>%|procent\b|fta(?=\d|\b)|(?:extra|minder|meer)\s+banen\b|"
                        r"banen\b|personen\b|uur\b|inleenverbanden\b)", re.IGNORECASE)
UNIT_BEFORE = re.compile(r"\bfta\s+$", re.IGNORECASE)
NULMETING = re.compile(r"\b0-meting|nulmeting", re.IGNORECASE)
# "vanwege|door|te maken met ... in 2022": the year of a cause, not of the figure
CAUSE = re.compile(r"\b(?:te\s+maken\s+met|vanwege|als\s+gevolg\s+van|doordat|komt\s+door)\b",
                   re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",|\s(?:en|maar)\s|\s[–—-]\s")


@dataclass
class Candidate:
    subject: str
    metric: str
    period: str
    number: DutchNumber
    unit: str
    qualifier: str | None
    quote: tuple[int, int]       # span in the sentence


@dataclass
class Sentence:
    """One sentence and what is known around it when its numbers are read."""
    text: str
    previous: str                      # the sentence before, for "dit", "deze", "die"
    ctx: BlockContext | None           # the sector block the text sits under
    year: int | None                   # the block's year, else the year the letter reports on
    sectored: bool                     # the letter has sector blocks
    doc_id: str
    years: list[YearMention]
    last: Candidate | None = None      # the last figure of the sentence before
    definition_year: int | None = None
    baseline: str | None = None        # the year of the letter's nulmeting, when it names one
    previous_period: str | None = None  # the period the sentence before was about


def shift(n: DutchNumber, off: int) -> DutchNumber:
    return DutchNumber(n.value, n.qualifier, n.footnote, n.start + off, n.end + off,
                       n.num_start + off, n.num_end + off)


def norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    unit = " ".join(unit.lower().split())
    return {"procent": "%", "extra banen": "banen", "minder banen": "banen", "meer banen": "banen",
            "inleenverbanden": "banen"}.get(unit, unit)


def single_period(years: list[YearMention]) -> str | None:
    periods = {y.period for y in years if y.role == "period"}
    return periods.pop() if len(periods) == 1 else None


def clause_end(sentence: str, n: DutchNumber) -> int:
    hi = _CLAUSE_BREAK.search(sentence, n.end)
    return hi.start() if hi else len(sentence)


def clause(sentence: str, n: DutchNumber) -> str:
    """The part of the sentence between commas or "en"/"maar" that holds the number."""
    lo = max([m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, n.start)], default=0)
    hi = _CLAUSE_BREAK.search(sentence, n.end)
    return sentence[lo:hi.start() if hi else len(sentence)]


def names_sroi(text: str) -> bool:
    return any(cid == "sroi" for _, _, cid in metric_spans(text))


def quote_start(sentence: str, pos: int) -> int:
    """Start the quote a few words before the number, at a word boundary."""
    lo = max(0, pos - 50)
    brk = max(sentence.rfind("\n", 0, pos), sentence.rfind("  ", 0, pos))
    if brk >= lo:
        return brk + 1 if sentence[brk] == "\n" else brk + 2
    space = sentence.find(" ", lo)
    return space + 1 if 0 <= space < pos and lo > 0 else lo
