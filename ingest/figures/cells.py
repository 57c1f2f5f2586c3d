"""What each cell of a Grid is: the subject, metric, period and unit its row, its column, the
caption and the letter give it. One Figure per cell; a cell they do not name is logged, never
guessed.

A row label names a subject (a sector, a ministry, markt/overheid/totaal) or a metric
(dienstverbanden, inleenverbanden, doelstelling); the header names, column by column, what
the rows do not: metrics, periods or both ("Doel 2027 (fta)"), or subjects when the rows are
metrics. What neither names comes from the caption ("Realisatie per sector in fta",
"Resultaten eind 2022"), else from the year the letter reports on.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from core import vocabulary as V
from core.aliases import metric_spans, subject_spans
from core.records import Figure
from ingest.figures.grid import Grid
from ingest.figures.periods import year_mentions

log = logging.getLogger("ingest.figures")

# Header words that name no column: the label column's own header.
_LABEL_HEADERS = re.compile(r"\b(?:sector(?:en)?|ministerie[s]?|werkgever[s]?|organisatie[s]?|"
                            r"onderdeel|categorie)\b", re.IGNORECASE)
_PERCENT_COLUMN = re.compile(r"(?<![\w%])%(?![\w%])|\bpercentage\b", re.IGNORECASE)
_TOTAL_COLUMN = re.compile(r"\btotale?\b", re.IGNORECASE)
_UNIT_WORD = re.compile(r"\b(?:in\s+|\()?(?P<unit>fta|banen|personen)\b\)?", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^)]*\)")
_NATIONAL = {"markt", "overheid", "totaal"}


@dataclass(frozen=True)
class Key:
    """What a row, a column or the caption says about a cell."""
    subject: str | None = None
    metric: str | None = None
    period: str | None = None
    unit: str | None = None
    total: bool = False          # a "Totaal" row: the whole of the other rows


def normalise(label: str) -> str:
    """A label as one line: "Formele dienstverban-\\nden" -> "Formele dienstverbanden"."""
    text = re.sub(r"(?<=[a-zà-ÿ])-\s*\n\s*(?=[a-zà-ÿ])", "", label)
    return " ".join(text.replace("|", " ").split())


def row_key(label: str) -> Key | None:
    """The subject or metric a row label names, or None. Words in brackets explain, they do
    not name ("Inleenverbanden (uitzendrelaties en Wsw-detacheringen)")."""
    text = _BRACKETS.sub(" ", normalise(label)).strip(" *:")
    if not text:
        return None
    subjects = [cid for _, _, cid in subject_spans(text)]
    metrics = [cid for _, _, cid in metric_spans(text)]
    named = [s for s in subjects if s != "totaal"]
    if re.fullmatch(r"(?:totaal|total)", text, re.IGNORECASE):
        return Key(total=True)
    if len(set(named)) == 1 and not metrics:
        return Key(subject=named[0])
    if not named and len(set(metrics)) == 1:
        return Key(metric=metrics[0])
    if len(set(named)) == 1 and len(set(metrics)) == 1:
        return Key(subject=named[0], metric=metrics[0])
    return None


def _mentions(text: str) -> list[tuple[int, str, str]]:
    """(position, kind, id) of every metric, period and subject the header names, in order."""
    found: list[tuple[int, str, str]] = []
    text = _LABEL_HEADERS.sub(lambda m: " " * len(m.group()), text)
    found += [(s, "metric", cid) for s, _, cid in metric_spans(text)]
    taken = [(s, e) for s, e, _ in metric_spans(text)]
    for m in _PERCENT_COLUMN.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            found.append((m.start(), "metric", "realisatiepercentage"))
    found += [(y.start, "period", y.period) for y in year_mentions(text)]
    found += [(s, "subject", cid) for s, _, cid in subject_spans(text) if cid != "totaal"]
    found += [(m.start(), "subject", "totaal") for m in _TOTAL_COLUMN.finditer(text)]
    return sorted(found)


def same_header(a: str, b: str) -> bool:
    """Whether two headers name the same columns (a header repeated on the next page)."""
    ids = lambda t: [(kind, cid) for _, kind, cid in _mentions(t)]
    return bool(ids(a)) and ids(a) == ids(b)


def header_tail(header: str) -> str:
    """The words after the last column a header names: what else stands between a repeated
    header and the first row (the end of a row label cut by a page break)."""
    found = _mentions(header)
    if not found:
        return ""
    last = found[-1][0]
    end = re.match(r"[\w%]+", header[last:])
    tail = header[last + (end.end() if end else 0):]
    return " ".join(re.sub(r"\([^)]*\)", " ", tail).split())


def _unit_in(text: str) -> str | None:
    m = _UNIT_WORD.search(text)
    return m.group("unit").lower() if m else None


def columns(grid: Grid, rows_name: str) -> list[Key] | None:
    """One Key per column, from the header; None when the header cannot be read as k columns.
    `rows_name`: "subject" or "metric", what the row labels name (the columns name the rest)."""
    k = grid.width
    texts = grid.headers if grid.headers and len(grid.headers) == k else None
    if texts:
        keys = [_column_of(t, rows_name) for t in texts]
        return keys if all(keys) else None
    found = _mentions(grid.header)
    periods = [(p, cid) for p, kind, cid in found if kind == "period"]
    if rows_name == "metric":
        # the columns name subjects ("Rijk  Defensie  Politie") or, in a table about one
        # subject (its name in the caption), periods ("2032  2033  2034")
        subjects = _dedupe([cid for _, kind, cid in found if kind == "subject"])
        if len(subjects) == k:
            return [Key(subject=s) for s in subjects]
        return [Key(period=p) for _, p in periods] if len(periods) == k else None
    metrics = [(p, cid) for p, kind, cid in found if kind == "metric"]
    if len(metrics) == k:
        own = _periods_per_column(metrics, periods, k)
        return [Key(metric=m, period=p) for (_, m), p in zip(metrics, own)]
    if len(periods) == k and len({m for _, m in metrics}) <= 1:
        metric = metrics[0][1] if metrics else None
        return [Key(metric=metric, period=p) for _, p in periods]
    return None


def _column_of(text: str, rows_name: str) -> Key | None:
    """A column whose header text a reader knows (one per column, e.g. from a PDF)."""
    found = _mentions(text)
    metrics = _dedupe([cid for _, kind, cid in found if kind == "metric"])
    periods = _dedupe([cid for _, kind, cid in found if kind == "period"])
    subjects = _dedupe([cid for _, kind, cid in found if kind == "subject"])
    if rows_name == "metric":
        return Key(subject=subjects[0]) if len(subjects) == 1 else None
    if len(metrics) > 1 or len(periods) > 1 or not (metrics or periods):
        return None
    return Key(metric=metrics[0] if metrics else None, period=periods[0] if periods else None,
               unit=_unit_in(text))


def _periods_per_column(metrics, periods, k) -> list[str | None]:
    """"Doel 2026 | Doel 2027": each metric its own year; "Doel 2027 (fta) | Realisatie 2027
    (fta)": one year for all; no year: the caption's or the letter's."""
    if len(periods) == k:
        return [p for _, p in periods]
    if len({p for _, p in periods}) == 1:
        return [periods[0][1]] * k
    return [None] * k


def _dedupe(ids: list[str]) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


def caption_key(grid: Grid, report_year: int | None) -> Key:
    """What the caption says about every cell: a subject, a metric, a period, a unit."""
    text = grid.caption
    metrics = _dedupe([cid for _, _, cid in metric_spans(text)])
    subjects = _dedupe([cid for _, _, cid in subject_spans(text) if cid != "totaal"])
    periods = [y.period for y in year_mentions(text) if y.role == "period"]
    period = periods[-1] if periods else (str(report_year) if report_year else None)
    return Key(subject=subjects[0] if len(subjects) == 1 else None,
               metric=metrics[0] if len(metrics) == 1 else None, period=period,
               unit=_unit_in(text) or _unit_in(grid.header))


def _total_of(rows: list[Key]) -> Key:
    """A "Totaal" row: the group the rows above it belong to, or the whole their metrics
    are parts of (a total sums what stands above it; a target row may follow)."""
    subjects = {r.subject for r in rows if r.subject}
    metrics = {r.metric for r in rows if r.metric and not r.subject}
    if subjects and not metrics:
        if all(V.SUBJECTS[s].kind == "ministry" or s == "defensie" for s in subjects):
            return Key(subject="rijk")
        for group in V.SUBJECTS.values():
            if group.members and subjects <= set(group.members):
                return Key(subject=group.id)
        return Key(subject="totaal")
    if metrics:
        wholes = [set(V.METRICS[m].part_of) for m in metrics if V.METRICS[m].part_of]
        common = set.intersection(*wholes) if wholes and len(wholes) == len(metrics) else set()
        if len(common) == 1:
            return Key(metric=common.pop())
    return Key(total=True)


def grid_figures(grid: Grid, report_year: int | None, make) -> list[Figure]:
    """`make(row, cell, key, header)` turns one attributed cell into a Figure (the caller
    knows the passages and the quote)."""
    keys = [row_key(r.label) for r in grid.rows]
    named = [k for k in keys if k and not k.total]
    if not named:
        log.info("table %r: no row names a subject or metric; skipped", grid.caption[:60])
        return []
    rows_name = "metric" if all(k.metric and not k.subject for k in named) else "subject"
    keys = [(_total_of([a for a in keys[:i] if a and not a.total]) if k and k.total else k)
            for i, k in enumerate(keys)]
    cols = columns(grid, rows_name)
    if cols is None:
        log.info("table %r: the header does not name its %d columns; skipped",
                 (grid.caption or grid.header)[:60], grid.width)
        return []
    context = caption_key(grid, report_year)
    figures = []
    for row, key in zip(grid.rows, keys):
        if key is None or key.total:
            log.info("table %r: row %r names nothing; left out", grid.caption[:40], row.label)
            continue
        for i, (cell, col) in enumerate(zip(row.cells, cols)):
            cell_key = _merge(key, col, context, cell.unit)
            if cell_key is None:
                log.info("table %r: row %r column %d not attributed; left out",
                         grid.caption[:40], row.label, i + 1)
                continue
            header = grid.headers[i] if grid.headers else None
            figures.append(make(row, cell, cell_key, header))
    return figures


def _merge(row: Key, col: Key, context: Key, cell_unit: str | None) -> Key | None:
    subject = row.subject or col.subject or context.subject
    metric = row.metric or col.metric or context.metric
    if cell_unit == "%" and metric in (None, "realisatie", "doel"):
        # a percentage in a table of targets and realisations is the realisation's share,
        # unless its own row says it is a count
        metric = None if row.metric in ("realisatie", "doel") else "realisatiepercentage"
    period = col.period or row.period or context.period
    if not (subject and metric and period) or (row.subject and col.subject) or \
            (row.metric and col.metric and row.metric != col.metric):
        return None
    unit = unit_of(metric, subject, cell_unit, col.unit or context.unit)
    return Key(subject, metric, period, unit)


def unit_of(metric: str, subject: str, written: str | None, stated: str | None) -> str:
    if metric in ("realisatiepercentage", "verdeelsleutel", "werkzaam_percentage") or \
            written in ("%", "procent"):
        return "%"
    if written:
        return written
    if stated:
        return stated
    return "banen" if subject in _NATIONAL else "fta"
