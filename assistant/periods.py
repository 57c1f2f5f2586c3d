"""Periods a question names: years, a quarter, "sinds 2022", "vorig jaar", "begin 2023".
"""
from __future__ import annotations

import datetime as _dt
import re

YEAR_BEFORE = re.compile(r"\b(het jaar (ervoor|daarvoor)|een jaar eerder|the year before|"
                          r"the previous year|a year earlier)\b", re.I)


# A year, any from 1950 to 2099 ("in 1990" must not read as no year and get the latest);
# outside the agreement's years a number before a unit is an amount ("1990 fta")
_YEAR = re.compile(r"\b(20[0-4]\d|(?:19[5-9]\d|20[5-9]\d)(?![.,]\d|\s*(?:fta|fte|banen|jobs|%|"
                   r"procent|euro|mensen|personen|people)\b))\b", re.I)


QUARTER = re.compile(r"\b(?:(?:Q|kwartaal\s*|quarter\s*)([1-4])\s*(?:van\s+|of\s+)?((?:19|20)\d\d)|"
                      r"(eerste|tweede|derde|vierde|first|second|third|fourth)\s+(?:kwartaal|quarter)"
                      r"\s+(?:van\s+|of\s+)?((?:19|20)\d\d))", re.IGNORECASE)


_ORDINAL = {"eerste": 1, "first": 1, "tweede": 2, "second": 2, "derde": 3, "third": 3,
            "vierde": 4, "fourth": 4}


def quarter_named(text: str) -> int | None:
    """The quarter a text names ("in het eerste kwartaal 2017", "Q1 2017"), or None."""
    m = QUARTER.search(text)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else _ORDINAL[m.group(3).lower()]


_SINCE = re.compile(r"\b(?:sinds|since|vanaf|from)\s+(?:(?:the |de |het )?(?:start|begin\w*)\s+"
                    r"(?:of |van )?)?(20[0-4]\d)\b", re.IGNORECASE)


RELATIVE = [(re.compile(r"\b(vorig jaar|last year|verleden jaar)\b", re.I), -1),
             (re.compile(r"\b(dit jaar|this year)\b", re.I), 0),
             (re.compile(r"\b(twee jaar geleden|two years ago)\b", re.I), -2)]


_START_OF_YEAR = re.compile(r"\b((?:begin|start|beginning)\s+(?:of\s+|van\s+)?)((?:19|20)\d\d)\b",
                            re.I)


# "met hoeveel banen begon Binnenwerk in 2024 en met hoeveel eindigde het het jaar": the
# year's start (the year before's end) and its end
_BEGAN_YEAR = re.compile(r"\b(?:begon|begonnen|startte|startten|began|started|begin|start)\b"
                         r"(?:\s+[\w’']+){0,4}?\s+(?:in\s+)?((?:19|20)\d\d)\b(?=[^?.]*\b(?:eindigde\w*|"
                         r"ended|end|finished|afsloot|afsloten|sloot|sloten|eind)\b)", re.I)


def start_of_years(text: str) -> tuple[int, ...]:
    """The years named by their start ("begin 2022"): read as the end of the year before,
    unless the letters give only that year's first quarter."""
    return tuple(int(m.group(2)) for m in _START_OF_YEAR.finditer(text))


def by_calendar(text: str) -> bool:
    """"Hoeveel banen kwamen er vorig jaar bij?": a year named by today's date, not by a year
    the question names."""
    return not _YEAR.search(text) and any(p.search(text) for p, _ in RELATIVE)


def periods_named(text: str, today: _dt.date) -> tuple[list[int], int | None, int | None]:
    quarter = None
    # "begin 2022", "at the start of 2022": the count stands as at the end of 2021
    # ("from the start of 2022 to the end of 2024" is read by its start alone)
    began = None if _START_OF_YEAR.search(text) else _BEGAN_YEAR.search(text)
    text = _START_OF_YEAR.sub(lambda m: f"{m.group(1)}{int(m.group(2)) - 1}", text)
    years = [int(y) for y in _YEAR.findall(text)]
    if began:
        year = int(began.group(1))
        years = [year - 1, year] + [y for y in years if y not in (year - 1, year)]
    quarter = quarter_named(text)
    # "in 2023 compared to last year": last year is 2022, not the calendar's
    anchor = years[0] if years else today.year
    for pattern, offset in RELATIVE:
        if pattern.search(text):
            years.append(anchor + offset)
    if years and YEAR_BEFORE.search(text):     # "2023 compared with the year before"
        years.append(years[0] - 1)
    # "sinds 2022" is counted from the 2022 figure, "since the start of 2023" from 2022's too
    since_m = _SINCE.search(text)
    since = int(since_m.group(1)) if since_m else None
    unique: list[int] = []
    for y in years:
        if y not in unique:
            unique.append(y)
    return unique, quarter, since
