"""Label–value blocks under a sector heading, in any order and spacing:

    Politie                        Provincies                 Wetenschappelijk onderwijs
    Cijfermatige realisatie 2023   Realisatiepercentage 97,3%  Doel: 1.251 fta; realisatie: 987 fta
    Doel 713 fta                   Doel 738 fta
    Realisatie 387 fta             Realisatie: 718 fta        Realisatie 615 fta (doel 1.074 fta)
    Realisatiepercentage 54,3%

A block is two or more such lines together (or one under a "Cijfermatige realisatie YEAR"
line). The sector is the heading just above the block, else the passage's section. The period
is the heading's year ("Waterschappen (2027)", "Cijfermatige realisatie 2023"), else the year
the letter reports on. Counts are in fta, the percentage in %.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from core.aliases import resolve_subject, subject_spans
from core.records import Figure
from ingest.figures.numbers import _QUALIFIER_RE, NUMBER, parse_number
from ingest.figures.periods import year_mentions
from ingest.figures.stream import Stream

log = logging.getLogger("ingest.figures")

HEADING = re.compile(r"Cijfermatige\s+realisatie\s+(?:over\s+)?(?P<year>(?:19|20)\d{2})\b",
                     re.IGNORECASE)
_LABELS = r"Doelstelling|Doel|Realisatiepercentage|Realisatie|Percentage"
# A label opens a line (or follows "; " in a one-line block): in running text "de realisatie
# 61,9%" is a sentence, not a block line.
LINE = re.compile(
    r"(?:^|(?<=\n)|(?<=;\s))[ \t]*(?P<label>" + _LABELS + r")\b[ \t]*(?:\((?:fta|%)\))?"
    r"[ \t]*:?[ \t]*\n?[ \t]*(?P<num>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))"
    r"[ \t]*(?P<unit>%|fta\b)?", re.IGNORECASE)
# "Realisatie 615 fta (doel 1.074 fta)": a second value in brackets on the same line
INNER = re.compile(r"\(\s*(?P<label>" + _LABELS + r")\s*:?\s*(?P<num>" + NUMBER + r")\s*"
                   r"(?P<unit>%|fta\b)?\s*\)", re.IGNORECASE)
METRIC = {"doel": "doel", "doelstelling": "doel", "realisatie": "realisatie",
          "realisatiepercentage": "realisatiepercentage", "percentage": "realisatiepercentage"}
_BETWEEN = re.compile(r"[\s;,.]*")        # what may stand between two lines of one block
NEAR = 80                 # a heading sits right above its block
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class BlockContext:
    """Where a sector block starts in the stream: prose after it is about this sector/year."""
    start: int
    end: int
    subject: str
    year: int
    labels: tuple[tuple[int, int], ...] = ()    # the "Doel 713 fta" lines, read here


@dataclass
class _Value:
    metric: str
    match: re.Match
    start: int
    end: int


def _values(text: str) -> list[_Value]:
    out = []
    for m in LINE.finditer(text):
        number = m.group("num")
        if _BARE_YEAR.fullmatch(number) and not m.group("unit"):
            continue                                   # "Realisatie 2023 ...": a year
        out.append(_Value(METRIC[m.group("label").lower()], m, m.start(), m.end()))
        inner = INNER.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()))
        if inner:
            out.append(_Value(METRIC[inner.group("label").lower()], inner, inner.start(),
                              inner.end()))
    return out


def _clusters(text: str, values: list[_Value], headings: list[re.Match]) -> list[list[_Value]]:
    clusters: list[list[_Value]] = []
    for v in values:
        if clusters and _BETWEEN.fullmatch(text, clusters[-1][-1].end, v.start) \
                and v.metric not in {x.metric for x in clusters[-1]}:
            clusters[-1].append(v)
        else:
            clusters.append([v])
    under_heading = {id(c) for c in clusters for h in headings
                     if 0 <= c[0].start - h.end() <= NEAR}
    return [c for c in clusters if len(c) >= 2 or id(c) in under_heading]


def _heading_above(stream: Stream, start: int) -> tuple[str | None, int | None]:
    """The sector and the year the lines just above a block name ("Waterschappen (2027)",
    "Politie\\nCijfermatige realisatie 2023")."""
    text = stream.text
    lo = max(0, start - 3 * NEAR)
    lines = [ln.strip() for ln in text[lo:start].split("\n")]
    lines = [ln for ln in lines if ln][-3:]
    subject, year = None, None
    for line in reversed(lines):
        if len(line) > NEAR:
            break
        h = HEADING.search(line)
        if h:
            year = year or int(h.group("year"))
            continue
        periods = [y.period for y in year_mentions(line) if y.role == "period"]
        named = [cid for _, _, cid in subject_spans(line) if cid != "totaal"]
        if named:
            subject = named[-1]
            if periods and year is None:
                year = int(periods[-1][:4])
            break
        if not re.match(r"(?:Kenmerk|Datum|Pagina)\b", line, re.IGNORECASE):
            break
    return subject, year


def _subject_from_passage(stream: Stream, start: int) -> str | None:
    i = stream.index_at(start)
    passage = stream.passages[i]
    if passage.section and resolve_subject(passage.section):
        return resolve_subject(passage.section)
    if i > 0:                     # the heading may be a passage of its own just before
        prev = stream.passages[i - 1].text.strip()
        if len(prev) <= NEAR:
            return resolve_subject(prev)
    return None


def extract_blocks(stream: Stream, doc_id: str, report_year: int | None,
                   tables: list[tuple[int, int]] = ()) -> tuple[list[Figure], list[BlockContext]]:
    """`report_year`: the period of a block whose heading states none; `tables`: spans read
    as tables (a "Doel" row of a table is not a block line)."""
    text = stream.text
    headings = list(HEADING.finditer(text))
    figures: list[Figure] = []
    contexts: list[BlockContext] = []
    values = [v for v in _values(text) if not any(s <= v.start < e for s, e in tables)]
    for cluster in _clusters(text, values, headings):
        first = cluster[0].start
        subject, year = _heading_above(stream, first)
        subject = subject or _subject_from_passage(stream, first)
        year = year or report_year
        if subject is None or year is None:
            log.info("%s: block %r without a sector or a year; skipped", doc_id,
                     text[first:cluster[-1].end][:60])
            continue
        heading = [h for h in headings if 0 <= first - h.end() <= NEAR]
        start = heading[-1].start() if heading else first
        for v in cluster:
            figure = _figure(stream, doc_id, subject, year, v)
            if figure:
                figures.append(figure)
        contexts.append(BlockContext(start, cluster[-1].end, subject, year,
                                     tuple([(start, first)] if heading else []) +
                                     tuple((v.start, v.end) for v in cluster)))
        if len({v.metric for v in cluster}) < 3:
            log.info("%s: block %s %s incomplete: %s", doc_id, subject, year,
                     sorted({v.metric for v in cluster}))
    return figures, contexts


def _figure(stream: Stream, doc_id: str, subject: str, year: int, v: _Value) -> Figure | None:
    m = v.match
    number = parse_number(m.group("num"))
    unit = "%" if v.metric == "realisatiepercentage" else "fta"
    written = (m.group("unit") or "").lower() or None
    if (written or unit) != unit:
        log.info("%s: %s %s has unit %s; skipped", doc_id, subject, v.metric, written)
        return None
    quote = stream.quote(m.start(), m.end(), m.start("num"))
    return Figure(subject, v.metric, str(year), number.value, unit, number.qualifier, doc_id,
                  quote.passage.passage_id, quote.text.strip("()"), source_kind="block")
