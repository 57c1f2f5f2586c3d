"""Which year a sentence's figure is about, as opposed to the year the letter was written.

A year can be a period ("in 2023", "eind 2022", "31 december 2023", "eerste kwartaal 2017"),
a baseline ("ten opzichte van 2021", "dan in 2022"), or only a date of something else
("Kamerbrief van 16 juli 2024", "het sociaal akkoord van 2013"): only periods attribute.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.records import DUTCH_MONTHS

# A footnote mark may be glued to a year ("16 juli 20243"): four digits, then 0-2 more.
YEAR = re.compile(r"(?<![\d.,])(?P<year>(?:19|20)\d{2})(?P<foot>\d{1,2})?(?![\d.,]\d)")
QUARTER = re.compile(r"(?P<n>eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?"
                     r"(?P<year>(?:19|20)\d{2})|\bQ(?P<q>[1-4])\s+(?P<year2>(?:19|20)\d{2})",
                     re.IGNORECASE)
_QUARTERS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_MONTHS = "|".join(DUTCH_MONTHS)
_DATE_BEFORE = re.compile(r"\d{1,2}\s+(?P<month>" + _MONTHS + r")\s*$", re.IGNORECASE)
_BASELINE_BEFORE = re.compile(
    r"(?:ten\s+opzichte\s+van|t\.o\.v\.|sinds|dan\s+in|vergelijking\s+met|nulmeting|0-meting)"
    r"(?:\s+(?:het\s+)?(?:eind|einde|jaar|percentage|in|van|dat|de))*\s*$", re.IGNORECASE)
# "het sociaal akkoord van 2013", "mijn brief van 7 juli 2022": the date of an event.
_EVENT_BEFORE = re.compile(r"(?:akkoord|brief|wet|motie|rapport|plan|debat)\w*\s+van\s+"
                           r"(?:\d{1,2}\s+\w+\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class YearMention:
    period: str
    start: int
    end: int
    role: str            # "period" | "baseline" | "date"


def year_mentions(sentence: str) -> list[YearMention]:
    found: list[YearMention] = []
    quarters = [(m.start(), m.end()) for m in QUARTER.finditer(sentence)]
    for m in QUARTER.finditer(sentence):
        year = m.group("year") or m.group("year2")
        n = _QUARTERS[m.group("n").lower()] if m.group("n") else int(m.group("q"))
        found.append(YearMention(f"{year}-Q{n}", m.start(), m.end(), "period"))
    for m in YEAR.finditer(sentence):
        if any(s <= m.start() < e for s, e in quarters):
            continue
        before = sentence[max(0, m.start() - 60):m.start()]
        date = _DATE_BEFORE.search(before)
        if _EVENT_BEFORE.search(before) or (date and date.group("month").lower() != "december"):
            role = "date"
        elif _BASELINE_BEFORE.search(before):
            role = "baseline"
        else:
            role = "period"
        found.append(YearMention(m.group("year"), m.start(), m.end(), role))
    return sorted(found, key=lambda y: y.start)
