"""Statements of a fixed shape in running text, each binding its values to their own year or
to a figure stated just before.

- a change: "van 80% in 2023 naar 85% eind 2024", "de politie van 54% naar 68%"
- the target group: "265.445 personen, waarvan 138.885 (52,3%) werkzaam"
- a range: "tussen de 15.000 en 17.000 banen" (lower and upper bound)
- a split of a total: "125.000 extra banen ..., 100.000 in de markt en 25.000 bij de overheid"
- a part of a whole: "een realisatie van 387 fta ..., waarvan 100 via inhuur"
- last year's value: "Dit is een lager percentage dan de 32 procent van vorig jaar"
"""
from __future__ import annotations

import logging
import re

from core.aliases import metric_spans, subject_spans
from ingest.figures.attribution import free_value, subject
from ingest.figures.numbers import _QUALIFIER_RE, NUMBER, DutchNumber, parse_numbers
from ingest.figures.words import (UNIT_AFTER, Candidate, Sentence, names_sroi, norm_unit,
                                  quote_start, shift, single_period)

log = logging.getLogger("ingest.figures")

_PERCENT_CUE = re.compile(r"realisatiepercentage|\brealisatie\b|"
                          r"van\s+(?:het\s+)?(?:\w+\s+)?(?:doel|doelstelling)\b", re.IGNORECASE)
_FROM_TO = re.compile(
    r"\bvan\s+(?P<a>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))\s*(?P<ua>%|fta|banen)?"
    r"(?:\s+(?:in|eind)\s+(?P<ya>(?:19|20)\d{2}))?\s+(?:naar|tot)\s+"
    r"(?P<b>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))\s*(?P<ub>%|fta|banen)"
    r"(?:\s+(?:in|eind)\s+(?P<yb>(?:19|20)\d{2}))?", re.IGNORECASE)
_PERSONS_OF_WHOM = re.compile(
    r"(?P<a>" + NUMBER + r")\s+personen,?\s+waarvan\s+(?P<b>" + NUMBER + r")\s*"
    r"\((?P<p>" + NUMBER + r")\s*%\)\s*(?P<what>werkzaam)", re.IGNORECASE)
_RANGE = re.compile(r"\btussen\s+(?:de\s+)?(?P<a>" + NUMBER + r")\s+en\s+(?P<b>" + NUMBER + r")"
                    r"(?=\s*(?:%|procent|fta|banen|personen)\b)", re.IGNORECASE)
# "100.000 in de markt", "25.000 bij de overheid": a share of a total without its own unit
_SHARE_OF = re.compile(r"\s+(?:in|bij)\s+(?:de\s+|het\s+)?(?=\w)", re.IGNORECASE)
_PART_OF = re.compile(r"\bwaarvan\s+(?P<n>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))"
                      r"(?:\s*(?P<unit>fta|banen|%))?\s+(?:via|door\s+middel\s+van|als)\s+",
                      re.IGNORECASE)
_LAST_YEAR = re.compile(r"\s*(?:%|procent|fta|banen)?\s+(?:van\s+)?(?:vorig\s+jaar|een\s+jaar\s+"
                        r"eerder|het\s+jaar\s+daarvoor)", re.IGNORECASE)
_REFERS_BACK = re.compile(r"^\s*(?:Dit|Dat|Deze|Die)\b")
# "694 van de 905 fta", "1.377 fta van 2.243 fta": a realisation out of its target
_OUT_OF = re.compile(r"(?P<a>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))\s*(?:fta\s+)?van\s+"
                     r"(?:de\s+|het\s+)?(?P<b>" + NUMBER + r")\s*fta\b", re.IGNORECASE)


def bound(s: Sentence) -> tuple[list[Candidate], set[int]]:
    """Candidates of the shapes whose values bind each other, and the number starts used."""
    cands: list[Candidate] = []
    used: set[int] = set()
    for found in (_persons_of_whom(s), _changes(s), _ranges(s), _out_of(s)):
        for c in found:
            cands.append(c)
            used.add(c.number.num_start)
    return cands, used


def following(s: Sentence, cands: list[Candidate], used: set[int]) -> list[Candidate]:
    """Values that lean on a figure stated before them: a split, a part, last year's."""
    out: list[Candidate] = []
    for n in parse_numbers(s.text):
        if n.num_start in used or any(c.number.num_start == n.num_start for c in cands):
            continue
        earlier = [c for c in cands + out if c.number.end <= n.start]
        c = (_share_of_total(s, n, earlier) or _part_of_whole(s, n, earlier)
             or _last_year(s, n))
        if c is not None:
            out.append(c)
    return out


def _persons_of_whom(s: Sentence) -> list[Candidate]:
    out = []
    for m in _PERSONS_OF_WHOM.finditer(s.text):
        period = single_period(s.years)
        if period is None:
            continue
        specs = [("omvang", "personen"), ("werkzaam", "personen"), ("werkzaam_percentage", "%")]
        for n, (metric, unit) in zip(parse_numbers(m.group(0)), specs):
            out.append(Candidate("doelgroep", metric, period, shift(n, m.start()), unit, None,
                                 (m.start(), m.end())))
    return out


def _changes(s: Sentence) -> list[Candidate]:
    out = []
    for m in _FROM_TO.finditer(s.text):
        unit = norm_unit(m.group("ub"))
        metric = _metric_for_change(s.text, unit)
        who = subject(s, m.start(), metric, unit)
        ya, yb = m.group("ya"), m.group("yb")
        if not (ya and yb):
            periods = [y.period for y in s.years if y.role == "period"
                       and not (m.start() <= y.start < m.end())]
            end_year = int(yb) if yb else (int(periods[0]) if len(set(periods)) == 1 else
                                           (s.year if not periods else None))
            if end_year is None:
                continue
            ya, yb = ya or str(end_year - 1), yb or str(end_year)
        if metric is None or who is None:
            log.info("%s: change %r: no metric or subject; left out", s.doc_id, m.group(0))
            continue
        for group, period in (("a", ya), ("b", yb)):
            n = shift(parse_numbers(m.group(group))[0], m.start(group))
            out.append(Candidate(who, metric, period, n, unit, n.qualifier, (m.start(), m.end())))
    return out


def _out_of(s: Sentence) -> list[Candidate]:
    out = []
    for m in _OUT_OF.finditer(s.text):
        period = single_period([y for y in s.years if y.start < m.end()]) or \
            (str(s.ctx.year) if s.ctx else (str(s.year) if s.year else None))
        who = subject(s, m.start(), "realisatie", "fta")
        if period is None or who is None or who == "totaal":
            log.info("%s: %r: no subject or period; left out", s.doc_id, m.group(0))
            continue
        for group, metric in (("a", "realisatie"), ("b", "doel")):
            n = shift(parse_numbers(m.group(group))[0], m.start(group))
            out.append(Candidate(who, metric, period, n, "fta", n.qualifier,
                                 (quote_start(s.text, m.start()), m.end())))
    return out


def _metric_for_change(sentence: str, unit: str | None) -> str | None:
    if unit == "%":
        return "realisatiepercentage" if _PERCENT_CUE.search(sentence) else None
    return "realisatie" if unit in ("fta", "banen") else None


def _ranges(s: Sentence) -> list[Candidate]:
    """Both ends of "tussen de A en B banen", read as the upper end would be."""
    out = []
    for m in _RANGE.finditer(s.text):
        a, b = (shift(parse_numbers(m.group(g))[0], m.start(g)) for g in ("a", "b"))
        upper = free_value(s, b, ranged=True)
        if upper is None:
            log.info("%s: range %r: not attributed; left out", s.doc_id, m.group(0))
            continue
        metric = upper.metric
        if metric in ("realisatie", "extra_banen") and names_sroi(s.text):
            metric = "sroi"             # "... banen in de marktsector, vanwege inkoop"
        for n, bound_ in ((a, "ondergrens"), (b, "bovengrens")):
            out.append(Candidate(upper.subject, metric, upper.period, n, upper.unit, bound_,
                                 (quote_start(s.text, m.start()), upper.quote[1])))
    return out


def _share_of_total(s: Sentence, n: DutchNumber, earlier: list[Candidate]) -> Candidate | None:
    if UNIT_AFTER.match(s.text, n.end):
        return None
    m = _SHARE_OF.match(s.text, n.end)
    totals = [c for c in earlier if c.subject == "totaal" and c.unit != "%"]
    if m is None or not totals:
        return None
    named = [sp for sp in subject_spans(s.text[m.end():m.end() + 40]) if sp[0] == 0]
    if not named or named[0][2] in ("totaal", "doelgroep"):
        return None
    total = totals[-1]
    return Candidate(named[0][2], total.metric, total.period, n, total.unit, n.qualifier,
                     (quote_start(s.text, n.start), m.end() + named[0][1]))


def _part_of_whole(s: Sentence, n: DutchNumber, earlier: list[Candidate]) -> Candidate | None:
    m = _PART_OF.match(s.text, max(0, s.text.rfind("waarvan", 0, n.start)))
    if m is None or not earlier or m.start("n") > n.start or m.end("n") < n.end:
        return None
    kinds = [(end, cid) for start, end, cid in metric_spans(s.text[m.end():m.end() + 40])
             if start == 0]
    whole = earlier[-1]
    unit = norm_unit(m.group("unit")) or whole.unit
    if not kinds or unit == "%":
        return None
    return Candidate(whole.subject, kinds[0][1], whole.period, n, unit, n.qualifier,
                     (quote_start(s.text, whole.number.start), m.end() + kinds[0][0]))


def _last_year(s: Sentence, n: DutchNumber) -> Candidate | None:
    """A sentence about the figure before ("Dit ...") giving its value a year earlier."""
    last = s.last
    tail = _LAST_YEAR.match(s.text, n.end)
    if last is None or tail is None or not _REFERS_BACK.match(s.text) \
            or not last.period.isdigit():
        return None
    unit = UNIT_AFTER.match(s.text, n.end)
    if unit is None or norm_unit(unit.group("unit")) != last.unit:
        return None
    return Candidate(last.subject, last.metric, str(int(last.period) - 1), n, last.unit,
                     n.qualifier, (quote_start(s.text, n.start), tail.end()))
